using System.Collections.Generic;

namespace ArticleGen.Corpus;

/// <summary>An entity of the shared catalog a corpus writes (<c>world.entities.yml</c>).</summary>
public sealed record CatalogEntity(string Id, string Name, string Kind, IReadOnlyList<string> Aliases, string? Role)
{
    /// <summary>
    /// People, organisations and places the seed article and the Wikinews 2019 text name often, so recombined
    /// bodies mention them under their names and aliases.
    /// </summary>
    public static IReadOnlyList<CatalogEntity> World { get; } = new CatalogEntity[]
    {
        new("antony-blinken", "Antony Blinken", "person", ["Blinken"], "U.S. Secretary of State"),
        new("wang-yi", "Wang Yi", "person", ["Wang"], "Chinese Foreign Minister"),
        new("xi-jinping", "Xi Jinping", "person", ["Xi"], "President of China"),
        new("joe-biden", "Joe Biden", "person", ["Biden"], "President of the United States"),
        new("donald-trump", "Donald Trump", "person", ["Trump", "President Trump"], "President of the United States in 2019"),
        new("nancy-pelosi", "Nancy Pelosi", "person", ["Pelosi"], "Speaker of the U.S. House of Representatives"),
        new("boris-johnson", "Boris Johnson", "person", ["Johnson"], "Prime Minister of the United Kingdom"),
        new("theresa-may", "Theresa May", "person", [], "Prime Minister of the United Kingdom until 2019"),
        new("jeremy-corbyn", "Jeremy Corbyn", "person", ["Corbyn"], "Leader of the Labour Party"),
        new("vladimir-putin", "Vladimir Putin", "person", ["Putin"], "President of Russia"),
        new("pope-francis", "Pope Francis", "person", [], null),
        new("mike-pompeo", "Mike Pompeo", "person", ["Pompeo"], "U.S. Secretary of State in 2019"),
        new("sadiq-khan", "Sadiq Khan", "person", [], "Mayor of London"),
        new("european-union", "European Union", "organization", ["EU"], null),
        new("united-nations", "United Nations", "organization", ["UN"], null),
        new("supreme-court", "Supreme Court", "organization", [], null),
        new("white-house", "White House", "organization", [], null),
        new("associated-press", "Associated Press", "organization", ["AP"], null),
        new("al-jazeera", "Al Jazeera", "organization", [], null),
        new("reuters", "Reuters", "organization", [], null),
        new("labour-party", "Labour Party", "organization", ["Labour"], null),
        new("conservative-party", "Conservative Party", "organization", [], null),
        new("democratic-party", "Democratic Party", "organization", ["Democrats"], null),
        new("china-daily", "China Daily", "organization", [], "Chinese state newspaper"),
        new("us-state-department", "U.S. State Department", "organization", ["State Department"], null),
        new("united-states", "United States", "place", ["U.S."], null),
        new("united-kingdom", "United Kingdom", "place", ["UK"], null),
        new("china", "China", "place", [], null),
        new("russia", "Russia", "place", [], null),
        new("ukraine", "Ukraine", "place", [], null),
        new("taiwan", "Taiwan", "place", [], null),
        new("hong-kong", "Hong Kong", "place", [], null),
        new("puerto-rico", "Puerto Rico", "place", [], null),
        new("saudi-arabia", "Saudi Arabia", "place", [], null),
        new("south-africa", "South Africa", "place", [], null),
        new("new-zealand", "New Zealand", "place", [], null),
        new("new-york", "New York", "place", ["New York City"], null),
        new("london", "London", "place", [], null),
        new("beijing", "Beijing", "place", [], null),
        new("washington", "Washington", "place", [], null),
        new("san-francisco", "San Francisco", "place", [], null),
        new("south-china-sea", "South China Sea", "place", [], null),
    };
}
