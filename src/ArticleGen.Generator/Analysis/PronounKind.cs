namespace ArticleGen.Generator.Analysis;

/// <summary>What a subject pronoun refers to.</summary>
internal enum PronounKind
{
    /// <summary>Not a third-person subject pronoun.</summary>
    None,

    /// <summary>he, she.</summary>
    Person,

    /// <summary>it, they.</summary>
    Organization,
}
