namespace ArticleGen.Generator.Analysis;

/// <summary>
/// "the City of Tidewater", "the Port of Gdańsk", "the Archdiocese of Boston": a place's body named by its head (<see
/// cref="Lexicon.IsPlaceBodyHead"/>), "of" and the place, which speaks by the whole name.
/// </summary>
internal static class PlaceBodyName
{
    /// <summary>The body's name over the tokens [<paramref name="head"/>, <paramref name="end"/>), the place read as no
    /// person's name; null for any other words.</summary>
    public static string? Of(BodyDocument document, int head, int end)
        => end - head >= 3 && document.Text(head + 1) is "of" && Lexicon.IsPlaceBodyHead(document.Word(head))
            && NameInterpreter.Interpret(document, head + 2, end) is { Kind: not NameKind.Person } place
            && place.Start == document.Tokens[head + 2].Start
            ? document.Word(head) + " of " + place.Name
            : null;
}
