namespace ArticleGen;

/// <summary>What an <see cref="Entity"/> is.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,

    /// <summary>An organization: a company, a government body, a newspaper, a party.</summary>
    Organization,

    /// <summary>A place: a city, a country, a building, a sea.</summary>
    Place,

    /// <summary>Anything else worth naming: an event, a product, a law.</summary>
    Other,
}
