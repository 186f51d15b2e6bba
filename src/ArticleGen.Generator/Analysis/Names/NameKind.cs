namespace ArticleGen.Generator.Analysis;

/// <summary>What a name found in the text (not a declared entity) looks like.</summary>
internal enum NameKind
{
    /// <summary>Neither clearly a person nor an organisation (a single word, a place).</summary>
    Unknown,

    /// <summary>Two or more name-shaped words, or a name after a title ("President Trump").</summary>
    Person,

    /// <summary>A run holding an organisation cue (Daily, Ministry, Party, Inc, ...).</summary>
    Organization,
}
