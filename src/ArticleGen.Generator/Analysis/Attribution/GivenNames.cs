using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Given names that name one gender almost always, in the languages world news quotes most: the evidence a first name
/// gives when the article itself says nothing of a person's gender ("Ana Ruiz met Tom Hale. “…,” he said."). Names
/// borne by both, or by one gender in one language and the other elsewhere, are left out (Jean, Andrea, Nicola, Simone,
/// Kim, Jan, Joan, Ashley, Yuri, Sasha), and so are words that are also common surnames in the name-first order of East
/// Asian names (Lee, Li).
/// </summary>
internal static class GivenNames
{
    private static readonly HashSet<string> Male = new(StringComparer.Ordinal)
    {
        // English
        "Aaron", "Adam", "Alan", "Albert", "Alexander", "Alfred", "Andrew", "Anthony", "Arthur", "Austin", "Barry", "Benjamin",
        "Bernard", "Bill", "Billy", "Bob", "Bobby", "Brad", "Brandon", "Brett", "Brian", "Bruce", "Bryan", "Carl", "Charles",
        "Chuck", "Clarence", "Clint", "Colin", "Craig", "Dale", "Dan", "Daniel", "Darren", "Dave", "David", "Dean", "Dennis",
        "Derek", "Don", "Donald", "Douglas", "Duncan", "Dylan", "Edward", "Eric", "Ethan", "Eugene", "Frank", "Fred",
        "Frederick", "Gareth", "Gary", "Gavin", "Geoffrey", "George", "Gerald", "Glenn", "Gordon", "Graham", "Greg", "Gregory",
        "Harold", "Harry", "Harvey", "Henry", "Howard", "Hugh", "Ian", "Isaac", "Jack", "Jacob", "Jake", "James", "Jason",
        "Jeff", "Jeffrey", "Jeremy", "Jerry", "Jim", "Jimmy", "Joe", "John", "Johnny", "Jon", "Jonathan", "Joseph", "Joshua",
        "Justin", "Keith", "Ken", "Kenneth", "Kevin", "Kyle", "Larry", "Lawrence", "Leonard", "Liam", "Louis", "Luke",
        "Malcolm", "Mark", "Martin", "Matt", "Matthew", "Michael", "Mike", "Mitch", "Nathan", "Neil", "Nicholas", "Nick",
        "Nigel", "Noah", "Oliver", "Oscar", "Patrick", "Paul", "Peter", "Philip", "Phillip", "Ralph", "Randy", "Raymond",
        "Richard", "Rick", "Robert", "Roger", "Ronald", "Roy", "Russell", "Ryan", "Samuel", "Scott", "Sean", "Seth", "Simon",
        "Stanley", "Stephen", "Steve", "Steven", "Stuart", "Ted", "Thomas", "Tim", "Timothy", "Todd", "Tom", "Tony", "Travis",
        "Trevor", "Tyler", "Victor", "Vincent", "Walter", "Warren", "Wayne", "William", "Zachary",
        // French, German, Dutch, Scandinavian
        "Alain", "Bernd", "Bruno", "Didier", "Emmanuel", "Étienne", "Francois", "François", "Fritz", "Gerhard",
        "Gunther", "Günther", "Hans", "Heinrich", "Helmut", "Horst", "Jacques", "Jens", "Johan", "Jürgen", "Karl", "Klaus",
        "Lars", "Laurent", "Marcel", "Markus", "Mathieu", "Michel", "Nicolas", "Olaf", "Pascal", "Philippe", "Pierre", "Rolf",
        "Sebastian", "Stefan", "Sven", "Thierry", "Uwe", "Werner", "Wolfgang", "Xavier", "Yves",
        // Italian, Spanish, Portuguese
        "Alberto", "Alejandro", "Alessandro", "Andrés", "Antonio", "Carlo", "Carlos", "Diego", "Eduardo", "Emilio", "Enrique",
        "Enzo", "Fabio", "Federico", "Felipe", "Fernando", "Francesco", "Francisco", "Giorgio", "Giovanni", "Giuseppe",
        "Gonzalo", "Guillermo", "Gustavo", "Ignacio", "Jair", "Javier", "João", "Jorge", "José", "Juan", "Luca", "Luigi", "Luis",
        "Luiz", "Manuel", "Marco", "Mario", "Matteo", "Mauricio", "Miguel", "Nicolás", "Pablo", "Paolo", "Pedro", "Rafael",
        "Ricardo", "Roberto", "Rodrigo", "Salvador", "Sergio", "Silvio", "Tomás", "Tomas", "Vicente",
        // Slavic, Baltic, Hungarian, Greek
        "Aleksandr", "Aleksei", "Alexei", "Alexey", "Anatoly", "Andrei", "Andrey", "Andrzej", "Boris", "Dmitri", "Dmitry",
        "Dmitriy", "Evgeny", "Gennady", "Igor", "Ivan", "Jaroslaw", "Jarosław", "Konstantin", "Leonid", "Mikhail", "Milos",
        "Miloš", "Nikolai", "Nikolay", "Oleg", "Pavel", "Petro", "Piotr", "Ramzan", "Sergei", "Sergey", "Sergiy", "Stanislav",
        "Tomasz", "Valery", "Viktor", "Vitaly", "Vladimir", "Vladislav", "Volodymyr", "Yevgeny", "Zbigniew",
        "Dimitris", "Georgios", "Kyriakos", "Nikos", "Yannis",
        // Arabic, Persian, Turkish, South Asian
        "Abdel", "Abdul", "Abdullah", "Abu", "Ahmad", "Ahmed", "Ali", "Amir", "Anwar", "Ashraf", "Bashar", "Ehud", "Fahd",
        "Faisal", "Hamid", "Hassan", "Hossein", "Hussein", "Ibrahim", "Imran", "Ismail", "Jamal", "Javad", "Khaled", "Khalid",
        "Mahmoud", "Mahmud", "Mohamed", "Mohammad", "Mohammed", "Muhammad", "Mustafa", "Nabil", "Omar", "Osama", "Rajab",
        "Recep", "Saad", "Salman", "Samir", "Tariq", "Walid", "Yahya", "Yasser", "Youssef", "Yusuf", "Amit", "Arvind",
        "Narendra", "Rahul", "Rajesh", "Rajiv", "Ramesh", "Sanjay", "Shashi", "Sunil", "Vijay", "Gamal", "Hosni", "Binyamin",
        "Naftali", "Yair", "Yitzhak", "Moshe", "Avigdor", "Benny",
        // African
        "Cyril", "Kwame", "Muhammadu", "Nelson", "Olusegun", "Thabo", "Uhuru", "Yoweri",
    };

    private static readonly HashSet<string> Female = new(StringComparer.Ordinal)
    {
        // English
        "Abigail", "Alice", "Alison", "Amanda", "Amber", "Amy", "Angela", "Ann", "Anna", "Anne", "Annie", "Barbara", "Betty",
        "Beverly", "Brenda", "Bridget", "Caroline", "Carolyn", "Catherine", "Charlotte", "Cheryl", "Christina", "Christine",
        "Claire", "Cynthia", "Debbie", "Deborah", "Debra", "Denise", "Diana", "Diane", "Donna", "Doris", "Dorothy", "Eileen",
        "Elaine", "Eleanor", "Elizabeth", "Ellen", "Emily", "Emma", "Erin", "Evelyn", "Fiona", "Frances", "Gillian", "Gloria",
        "Grace", "Hannah", "Heather", "Helen", "Hillary", "Holly", "Jacqueline", "Jane", "Janet", "Janice", "Jennifer",
        "Jessica", "Jill", "Joanna", "Joanne", "Joyce", "Judith", "Judy", "Julia", "Julie", "Karen", "Kate", "Katherine",
        "Kathleen", "Kathryn", "Katie", "Laura", "Lauren", "Linda", "Lisa", "Lucy", "Madeleine", "Margaret", "Marilyn", "Martha",
        "Mary", "Megan", "Melanie", "Melissa", "Michelle", "Molly", "Nancy", "Natalie", "Nicole", "Olivia", "Pamela",
        "Patricia", "Penny", "Rachel", "Rebecca", "Rose", "Ruth", "Sally", "Samantha", "Sandra", "Sarah", "Sharon", "Shirley",
        "Sophie", "Stephanie", "Susan", "Suzanne", "Tara", "Teresa", "Theresa", "Tracy", "Valerie", "Victoria", "Virginia",
        "Wendy", "Zoe", "Jacinda", "Kamala", "Greta", "Ilhan", "Alexandria", "Elise", "Kirsten", "Tulsi", "Priti",
        // French, German, Dutch, Scandinavian
        "Angelika", "Anke", "Annalena", "Brigitte", "Christiane", "Claudia", "Élisabeth", "Hélène", "Ingrid", "Isabelle",
        "Karin", "Marine", "Mette", "Monique", "Nathalie", "Petra", "Sabine", "Ségolène", "Sigrid", "Ursula", "Véronique",
        "Magdalena",
        // Italian, Spanish, Portuguese
        "Ana", "Beatriz", "Camila", "Carmen", "Chiara", "Cristina", "Dilma", "Elena", "Francesca", "Gabriela", "Giorgia",
        "Giulia", "Inês", "Ines", "Isabel", "Lucia", "Lucía", "Luisa", "María", "Maria", "Marta", "Mercedes", "Paola", "Pilar",
        "Rosa", "Sofia", "Sofía", "Verónica",
        // Slavic, Baltic, Greek
        "Agnieszka", "Alina", "Anastasia", "Ekaterina", "Irina", "Katarzyna", "Lyudmila", "Marina", "Natalia", "Natalya",
        "Olga", "Svetlana", "Tatiana", "Tatyana", "Valentina", "Yekaterina", "Yulia", "Yuliya", "Zuzana",
        // Arabic, Persian, Turkish, South Asian
        "Aisha", "Amina", "Benazir", "Fatima", "Fatma", "Indira", "Layla", "Leila", "Mariam", "Maryam", "Nadia", "Priyanka",
        "Sonia", "Sushma", "Yasmin", "Zainab", "Zeynep", "Malala",
        // African
        "Nkosazana", "Winnie",
    };

    /// <summary>The gender the given name <paramref name="name"/> almost always names, else unknown.</summary>
    public static Gender Of(string name)
        => Male.Contains(name) ? Gender.Male : Female.Contains(name) ? Gender.Female : Gender.Unknown;
}
