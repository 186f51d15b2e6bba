namespace ArticleGen.Generator.Model;

/// <summary>Which part of an article a <see cref="Finding"/> is about.</summary>
internal enum FindingPlace
{
    /// <summary>The file as a whole.</summary>
    File,

    /// <summary>A range of the body: <see cref="Finding.Range"/>.</summary>
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
/// stands in for one (an entry of the front matter by its position, a range of the body relative to the body's start).
/// Analysis depends on an article's content alone (<see cref="ArticleContent"/>), and its findings meet the article's
/// places only when diagnostics are reported.
/// </summary>
internal sealed record Finding(string DescriptorId, FindingPlace Place, int Index, BodyRange Range, EquatableArray<string> Arguments)
{
    public static Finding At(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, FindingPlace place, int index, params string[] arguments) =>
        new(descriptor.Id, place, index, default, arguments.ToEquatableArray());

    public static Finding InBody(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, BodyRange range, params string[] arguments) =>
        new(descriptor.Id, FindingPlace.Body, 0, range, arguments.ToEquatableArray());
}
