using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Given names that name one gender almost always, in the languages world news quotes most: the evidence a first name
/// gives when the article itself says nothing of a person's gender ("Ana Ruiz met Tom Hale. “…,” he said."). Names
/// borne by both, or by one gender in one language and the other elsewhere, are left out (Jean, Andrea, Nicola, Simone,
/// Kim, Jan, Joan, Ashley, Yuri, Sasha, and Phil, an Irishwoman's Philomena as often as a Philip), and so are words that
/// are also common surnames in the name-first order of East Asian names (Lee, Li).
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
        // English, Irish, Scottish, Welsh (added in the nineteenth round)
        "Alastair", "Alistair", "Angus", "Barnaby", "Benedict", "Bradley", "Callum", "Calum", "Cameron", "Conor",
        "Connor", "Damian", "Declan", "Desmond", "Dominic", "Dwayne", "Eamon", "Eamonn", "Euan", "Ewan", "Fergus",
        "Finlay", "Gerard", "Gideon", "Hamish", "Iain", "Jarrod", "Jared", "Jeremiah", "Kieran", "Lachlan", "Lewis",
        "Marcus", "Nathaniel", "Niall", "Owen", "Ciarán", "Ciaran", "Padraig", "Pádraig", "Rhodri", "Rhys", "Rory",
        "Rupert", "Seamus", "Séamus", "Seán", "Tristan", "Vaughan", "Gethin", "Aled", "Dafydd", "Iwan", "Curtis",
        "Darnell", "Delroy", "Kemar", "Randall", "Caleb", "Elijah", "Ezekiel", "Josiah", "Tobias", "Theodore",
        "Quentin", "Reginald", "Roderick", "Cedric", "Clive", "Derrick", "Fraser", "Gregor", "Jamie", "Brendan", "Colm",
        "Cormac", "Diarmuid", "Donal", "Dónal", "Fintan", "Lorcan", "Oisín", "Ruairí", "Tadhg", "Darragh", "Ronan",
        "Cillian",
        // English and Irish, as the fifty-fourth round's news wrote them
        "Christopher", "Julian", "Gabriel", "Willie", "Eoin", "Cathal",
        // English short and familiar forms (added in the forty-second round)
        "Adrian", "Alf", "Alfie", "Archie", "Barney", "Ben", "Bert", "Danny", "Davey", "Des", "Doug", "Eddie", "Edwin",
        "Ernest", "Ernie", "Freddie", "Geoff", "Graeme", "Horace", "Joel", "Joey", "Kenny", "Kev", "Len", "Lenny", "Leo",
        "Les", "Louie", "Maurice", "Melvin", "Mick", "Mickey", "Ollie", "Oswald", "Pete", "Reg", "Reuben", "Ricky",
        "Rob", "Robbie", "Rodney", "Ron", "Ronnie", "Sid", "Stan", "Teddy", "Terence", "Toby", "Tommy", "Trev", "Vic",
        "Wilfred", "Zach", "Zak", "Zac", "Josh", "Nate",
        // French, German, Dutch, Scandinavian, Finnish, Icelandic (added in the nineteenth round)
        "Adrien", "Alexandre", "Antoine", "Arnaud", "Aurélien", "Baptiste", "Benoît", "Christophe", "Clément", "Damien",
        "Denis", "Édouard", "Fabien", "Florian", "Guillaume", "Hervé", "Jean-Claude", "Jean-Luc", "Jean-Marc",
        "Jean-Paul", "Jean-Pierre", "Jérôme", "Julien", "Loïc", "Lucien", "Marc-André", "Maxime", "Mathis", "Olivier",
        "Patrice", "Rémi", "Sébastien", "Théo", "Thibault", "Yannick", "Andreas", "Bernhard", "Dieter", "Friedrich",
        "Gottfried", "Hartmut", "Heinz", "Joachim", "Jörg", "Lothar", "Lukas", "Manfred", "Matthias", "Moritz",
        "Niklas", "Norbert", "Ralf", "Reinhard", "Rüdiger", "Steffen", "Thorsten", "Torsten", "Ulrich", "Volker",
        "Wilhelm", "Arjen", "Bram", "Daan", "Dirk", "Gerrit", "Hendrik", "Henk", "Jeroen", "Joris", "Kees", "Maarten",
        "Pieter", "Ruud", "Sander", "Thijs", "Wouter", "Jan-Willem", "Willem", "Arne", "Bjørn", "Björn", "Einar",
        "Erik", "Espen", "Gunnar", "Håkan", "Henrik", "Ingvar", "Jørgen", "Kjell", "Knut", "Leif", "Magnus", "Mats",
        "Nils", "Rasmus", "Stig", "Torbjørn", "Ulf", "Anders", "Mikkel", "Søren", "Aki", "Antti", "Eero", "Ilkka",
        "Jari", "Juha", "Jukka", "Kimmo", "Matti", "Mikko", "Pekka", "Petteri", "Veikko", "Ville", "Jón", "Sigurður",
        "Ólafur", "Guðmundur",
        // Italian, Spanish, Portuguese, Latin American (added in the nineteenth round)
        "Adolfo", "Agustín", "Alfonso", "Alonso", "Álvaro", "Amadeo", "Armando", "Arturo", "Aurelio", "Bernardo",
        "Camilo", "Cesar", "César", "Cristóbal", "Cristiano", "Dario", "Darío", "Domenico", "Edgardo", "Emiliano",
        "Ernesto", "Esteban", "Ezequiel", "Fabrizio", "Gianluca", "Gianni", "Gilberto", "Héctor", "Hector", "Hernán",
        "Horacio", "Humberto", "Iñaki", "Joaquín", "Julio", "Leandro", "Leonardo", "Lorenzo", "Marcelo", "Marcos",
        "Mariano", "Massimo", "Maurizio", "Octavio", "Orlando", "Osvaldo", "Raúl", "Raul", "Renato", "Rogelio", "Rubén",
        "Ruben", "Santiago", "Stefano", "Tiago", "Ulises", "Vito", "Vittorio", "Xabier", "Nuno", "Rui", "Gonçalo",
        "Afonso", "Vasco", "Thiago", "Rodolfo", "Fabián", "Ramiro",
        // Slavic, Baltic, Greek, Hungarian, Romanian (added in the nineteenth round)
        "Aleksander", "Andriy", "Bogdan", "Bohdan", "Borys", "Dmytro", "Grzegorz", "Jakub", "Janusz", "Jerzy",
        "Krzysztof", "Łukasz", "Marek", "Miroslav", "Oleksandr", "Oleksiy", "Pavlo", "Radosław", "Serhiy", "Vadim",
        "Wojciech", "Yaroslav", "Yuriy", "Dragan", "Goran", "Milan", "Nenad", "Zoran", "Darko", "Tomislav", "Vaclav",
        "Václav", "Jiří", "Ondřej", "Konstantinos", "Giorgos", "Kostas", "László", "Péter", "Zoltán", "Gábor", "Attila",
        "Mihai", "Răzvan", "Ionuț", "Andrius", "Mindaugas", "Jānis", "Tõnis",
        // Arabic, Persian, Turkish, Kurdish (added in the nineteenth round)
        "Abdulrahman", "Ayman", "Bashir", "Bilal", "Emre", "Fadi", "Farid", "Hamza", "Karim", "Majid", "Mehdi",
        "Mehmet", "Nasser", "Osman", "Rashid", "Reza", "Saeed", "Salim", "Yousef", "Ziad", "Murat", "Kemal", "Burak",
        "Serkan", "Oğuz", "Hakan", "Ahmet", "Cem", "Kerem", "Hasan", "Hüseyin", "Ramazan", "Farhad", "Mojtaba", "Abbas",
        "Dariush", "Kamran",
        // South Asian (added in the nineteenth round)
        "Aamir", "Abhishek", "Aditya", "Ajay", "Anand", "Anil", "Arjun", "Ashok", "Deepak", "Dhananjaya", "Ganesh",
        "Gaurav", "Harish", "Imtiaz", "Jagdish", "Karan", "Mahesh", "Manish", "Manoj", "Mukesh", "Naveen", "Nikhil",
        "Pradeep", "Prakash", "Pranav", "Rakesh", "Ravi", "Rohan", "Rohit", "Sachin", "Sanjeev", "Shahid", "Shiv",
        "Siddharth", "Suresh", "Tushar", "Varun", "Vikas", "Vikram", "Vinod", "Vivek", "Yogesh", "Zahid", "Arif",
        "Asif", "Irfan", "Junaid", "Shoaib", "Wasim", "Gurpreet", "Harpreet", "Jaswinder",
        // African (added in the nineteenth round)
        "Abdiwali", "Adebayo", "Adewale", "Babatunde", "Chidi", "Chinedu", "Chukwuemeka", "Emeka", "Femi", "Ikechukwu",
        "Kwabena", "Kwasi", "Kofi", "Kojo", "Olumide", "Oluwaseun", "Segun", "Sipho", "Themba", "Thulani", "Tunde",
        "Uchenna", "Yaw", "Jabulani", "Mandla", "Bongani", "Sibusiso", "Lwazi", "Kagiso", "Tendai", "Tafadzwa",
        "Tatenda", "Jomo", "Wanjiku", "Otieno", "Ochieng", "Mamadou", "Moussa", "Ousmane", "Cheikh", "Ibrahima",
        "Boubacar", "Abdoulaye", "Seydou", "Modou",
        // East and Southeast Asian, Pacific (added in the nineteenth round)
        "Hiroshi", "Takeshi", "Kenji", "Kazuo", "Haruki", "Hideo", "Ichiro", "Kenta", "Koji", "Makoto", "Masato",
        "Naoki", "Ryota", "Satoshi", "Shinji", "Shinzo", "Taro", "Tetsuya", "Yoshihiro", "Yuki", "Daisuke", "Kazuki",
        "Jae-won", "Min-jun", "Seung-ho", "Ji-hoon", "Dong-hyun", "Joko", "Budi", "Bambang", "Agus", "Rodel", "Tamati",
        "Wiremu", "Hemi", "Rangi", "Sione", "Siaosi", "Tevita",
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
        // English, as the fifty-fourth round's news wrote them
        "Juliet", "Sophia", "Brittany", "Lori", "Shona", "Hayley", "Poppy",
        // English short and familiar forms (added in the forty-second round)
        "Beth", "Bethany", "Beverley", "Carol", "Carole", "Chloe", "Doreen", "Gail", "Gwen", "Jemma", "Jenny", "Jodie",
        "Kathy", "Katrina", "Leah", "Lynda", "Lynne", "Maggie", "Mandy", "Mavis", "Moira", "Muriel", "Nina", "Norma", "Pam",
        "Phyllis", "Pippa", "Rita", "Rosie", "Stacey", "Sue", "Tina", "Vicky", "Wilma",
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
        // English, Irish, Scottish, Welsh (added in the nineteenth round)
        "Aoife", "Bernadette", "Bríd", "Brid", "Caitlin", "Caoimhe", "Ciara", "Clodagh", "Deirdre", "Eimear", "Niamh",
        "Orla", "Orlaith", "Róisín", "Saoirse", "Siobhán", "Siobhan", "Sinéad", "Sinead", "Síle", "Gráinne", "Muireann",
        "Morag", "Kirsty", "Isla", "Eilidh", "Ailsa", "Catriona", "Mhairi", "Sian", "Siân", "Rhian", "Cerys", "Ffion",
        "Nia", "Bethan", "Lowri", "Angharad", "Lorraine", "Loretta", "Pauline", "Rosalind", "Marguerite", "Celeste",
        "Jasmine", "Jacinta", "Kristin", "Kristen", "Kayla", "Kimberly", "Danielle", "Gemma", "Harriet", "Imogen",
        "Jemima", "Lydia", "Philippa", "Rosemary", "Sheila", "Tamsin", "Tracey", "Yvonne", "Yvette", "Josephine",
        "Jocelyn", "Geraldine", "Georgina", "Gwendolyn", "Maureen", "Noreen", "Colleen", "Shauna", "Tanya", "Trudy",
        "Vanessa", "Veronica", "Lorna", "Nadine", "Natasha", "Paula", "Leanne", "Kerry", "Louise", "Marjorie",
        "Mildred", "Agnes", "Beatrice", "Edith", "Florence", "Irene", "Mabel", "Nora", "Norah", "Phoebe", "Vera",
        "Winifred", "Esther", "Miriam", "Naomi", "Rebekah",
        // French, German, Dutch, Scandinavian, Finnish, Icelandic (added in the nineteenth round)
        "Amélie", "Anaïs", "Aurélie", "Camille", "Céline", "Chantal", "Delphine", "Émilie", "Fabienne", "Françoise",
        "Geneviève", "Juliette", "Laetitia", "Léa", "Manon", "Marianne", "Martine", "Mathilde", "Océane", "Pascale",
        "Sandrine", "Solène", "Sylvie", "Virginie", "Anja", "Annika", "Birgit", "Dagmar", "Gudrun", "Heike", "Ilse",
        "Inge", "Jutta", "Katharina", "Katrin", "Lena", "Anna-Lena", "Renate", "Silke", "Ulrike", "Wiebke", "Annemarie",
        "Femke", "Fenna", "Lieke", "Marieke", "Mirjam", "Sanne", "Saskia", "Anneke", "Astrid", "Britt", "Freja",
        "Frida", "Hanne", "Ingeborg", "Kari", "Kirsti", "Liv", "Maja", "Marit", "Sigrun", "Solveig", "Tove", "Ylva",
        "Aino", "Anneli", "Hanna", "Helmi", "Kaisa", "Marjatta", "Minna", "Riikka", "Satu", "Tuula", "Guðrún",
        "Sigríður", "Kristín", "Helga", "Katrín", "Hildur",
        // Italian, Spanish, Portuguese, Latin American (added in the nineteenth round)
        "Adriana", "Alejandra", "Alessandra", "Alicia", "Antonella", "Carla", "Carolina", "Consuelo", "Daniela", "Eva",
        "Federica", "Fernanda", "Graciela", "Guadalupe", "Lupita", "Inmaculada", "Isabella", "Juana", "Julieta",
        "Leticia", "Lorena", "Lourdes", "Luciana", "Manuela", "Marisol", "Milagros", "Mónica", "Monica", "Patrizia",
        "Raffaella", "Remedios", "Rocío", "Rosario", "Silvia", "Valeria", "Ximena", "Yolanda", "Addolorata", "Concetta",
        "Giuseppina", "Mariana", "Joana", "Leonor", "Conceição", "Fátima", "Graça",
        // Slavic, Baltic, Greek, Hungarian, Romanian (added in the nineteenth round)
        "Anastasiya", "Daria", "Darya", "Galina", "Halyna", "Iryna", "Kateryna", "Khrystyna", "Larysa", "Lyudmyla",
        "Nadezhda", "Nataliya", "Oksana", "Olena", "Oleksandra", "Polina", "Sofiia", "Viktoriya", "Yelena", "Yevgenia",
        "Zoya", "Beata", "Dorota", "Ewa", "Justyna", "Małgorzata", "Monika", "Renata", "Urszula", "Wioletta", "Jana",
        "Lenka", "Markéta", "Milena", "Mirjana", "Snežana", "Jelena", "Dragana", "Eleni", "Katerina", "Ioanna",
        "Dimitra", "Eszter", "Zsófia", "Ildikó", "Ioana", "Andreea", "Mihaela",
        // Arabic, Persian, Turkish, Kurdish (added in the nineteenth round)
        "Amal", "Amira", "Asma", "Dalia", "Farah", "Fatemeh", "Hala", "Hanan", "Hiba", "Huda", "Lina", "Lubna", "Maha",
        "Mona", "Nour", "Noura", "Rania", "Rasha", "Reem", "Rima", "Salma", "Samira", "Sara", "Shahnaz", "Suha", "Yara",
        "Zahra", "Zeinab", "Ayşe", "Elif", "Emine", "Esra", "Gül", "Hatice", "Merve", "Özlem", "Sevgi", "Şule",
        "Nasrin", "Parisa", "Shirin", "Soraya", "Golnar", "Itto",
        // South Asian (added in the nineteenth round)
        "Aishwarya", "Anjali", "Anita", "Deepa", "Deepika", "Divya", "Geeta", "Kavita", "Lakshmi", "Meena", "Meera",
        "Neha", "Nisha", "Padma", "Pooja", "Priya", "Radha", "Rekha", "Sangeeta", "Shabnam", "Shanti", "Shreya",
        "Smita", "Sneha", "Sunita", "Swati", "Usha", "Vandana", "Ayesha", "Farzana", "Nasreen", "Nusrat", "Rukhsana",
        "Shazia", "Harleen", "Jaspreet", "Simran", "Manpreet",
        // African (added in the nineteenth round)
        "Abena", "Adaeze", "Adaora", "Adwoa", "Akosua", "Ama", "Amara", "Chiamaka", "Chidinma", "Chimamanda", "Folake",
        "Funmilayo", "Ifeoma", "Ngozi", "Nkechi", "Nomvula", "Nokuthula", "Nomsa", "Thandeka", "Thandiwe", "Zanele",
        "Lindiwe", "Zodwa", "Precious", "Wanjiru", "Njeri", "Wambui", "Akinyi", "Achieng", "Fatou", "Aminata", "Awa",
        "Mariama", "Kadiatou", "Nafissatou",
        // East and Southeast Asian, Pacific (added in the nineteenth round)
        "Aiko", "Akiko", "Ayumi", "Emiko", "Haruka", "Keiko", "Kumiko", "Mariko", "Mayumi", "Megumi", "Michiko",
        "Naoko", "Noriko", "Sachiko", "Sakura", "Tomoko", "Yoko", "Yuko", "Yumi", "Hye-jin", "Ji-yeon", "Min-ji",
        "Soo-jin", "Seo-yeon", "Aroha", "Hine", "Ngaio", "Siti", "Nurul", "Dewi",
        // French, German, Dutch, Scandinavian
        "Angelika", "Anke", "Annalena", "Brigitte", "Christiane", "Claudia", "Élisabeth", "Hélène", "Ingrid", "Isabelle",
        "Karin", "Marie", "Marine", "Mette", "Monique", "Nathalie", "Petra", "Sabine", "Ségolène", "Sigrid", "Ursula", "Véronique",
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

    /// <summary>The gender the given name <paramref name="name"/> almost always names, else unknown; a hyphenated given name
    /// not listed whole is its first part's ("Marie-Jeanne", "Anne-Sophie"; "Jean-Marie" stays unknown, as "Jean" does).</summary>
    public static Gender Of(string name)
    {
        var listed = OfListed(name);
        if (listed != Gender.Unknown)
        {
            return listed;
        }

        int hyphen = name.IndexOf('-');
        return hyphen > 0 ? OfListed(name.Substring(0, hyphen)) : Gender.Unknown;
    }

    private static Gender OfListed(string name)
        => Male.Contains(name) ? Gender.Male : Female.Contains(name) ? Gender.Female : Gender.Unknown;
}
