namespace ArticleGen.Generator.Model;

/// <summary>Which part of an article a <see cref="Finding"/> is about.</summary>
internal enum FindingPlace
{
    /// <summary>The file as a whole.</summary>
    File,

    /// <summary>A range of the body: <see cref="Finding.Index"/> is its start, <see cref="Finding.Length"/> its length.</summary>
    Body,

    /// <summary>The id of an <c>entities:</c> entry: <see cref="Finding.Index"/> is the entry's position.</summary>
    Entity,

    /// <summary>The text of a <c>quotes:</c> entry: <see cref="Finding.Index"/> is the entry's position.</summary>
    QuoteText,

    /// <summary>The speaker of a <c>quotes:</c> entry: <see cref="Finding.Index"/> is the entry's position.</summary>
    QuoteSpeaker,
}

/// <summary>
/// A problem the analysis of an article found, said without a file location: the part of the article it is about
/// stands in for one. Analysis depends on an article's content alone (<see cref="ArticleContent"/>), and its findings
/// meet the article's places only when diagnostics are reported.
/// </summary>
internal sealed record Finding(string DescriptorId, FindingPlace Place, int Index, int Length, EquatableArray<string> Arguments)
{
    public static Finding Create(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, FindingPlace place, int index, int length, params string[] arguments) =>
        new(descriptor.Id, place, index, length, arguments.ToEquatableArray());
}
