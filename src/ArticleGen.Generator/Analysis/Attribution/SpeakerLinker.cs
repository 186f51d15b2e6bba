namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Links a speaker's name in the text to who it is: the declared entity whose mention ends the name ("Chinese Foreign
/// Minister Wang Yi"), else an entity by name, alias or a person's surname or first name ("Yellen" → Janet Yellen),
/// else the full person name the text introduced earlier ("Blinken" → "Antony Blinken"), else the name as written.
/// </summary>
internal sealed class SpeakerLinker
{
    private readonly AttributionContext _context;

    public SpeakerLinker(AttributionContext context) => _context = context;

    private BodyDocument Document => _context.Document;

    public Speaker? Link(int first, int end)
    {
        if (NameInterpreter.Interpret(Document, first, end) is not { } name || IsPlaceLike(name))
        {
            return null;
        }

        int mention = _context.LastMentionStartingBefore(name.End);
        if (mention >= 0)
        {
            var found = _context.Mentions[mention];
            if (found.Start >= name.Start && found.Start + found.Length == name.End)
            {
                return EntitySpeaker(found.Entity);
            }
        }

        int entity = _context.EntityNames.Resolve(name.Name);
        if (entity >= 0)
        {
            return EntitySpeaker(entity);
        }

        if (name.WordCount == 1 && name.Kind != NameKind.Organization && _context.Registry.Resolve(name.Name, name.Start) is { } full)
        {
            return new Speaker(-1, full, NameKind.Person);
        }

        return new Speaker(-1, name.Name, name.Kind);
    }

    /// <summary>Whether the run names a declared entity or a person the text introduced earlier.</summary>
    public bool IsKnownPerson(int first, int end)
        => NameInterpreter.Interpret(Document, first, end) is { } name
            && (_context.EntityNames.Resolve(name.Name) >= 0
                || (name.WordCount == 1 && _context.Registry.Resolve(name.Name, name.Start) is not null)
                || (_context.LastMentionStartingBefore(name.End) is int mention && mention >= 0 && _context.Mentions[mention].Start >= name.Start));

    public Speaker EntitySpeaker(int entity)
    {
        var kind = _context.Entities[entity].Kind switch
        {
            Model.EntityKind.Person => NameKind.Person,
            Model.EntityKind.Organization => NameKind.Organization,
            _ => NameKind.Unknown,
        };
        return new Speaker(entity, _context.Entities[entity].Name, kind);
    }

    /// <summary>"at Fishmongers' Hall called “Learning Together”": a name made of place words names no speaker.</summary>
    private static bool IsPlaceLike(TextName name)
    {
        if (name.Kind != NameKind.Unknown)
        {
            return false;
        }

        foreach (var word in name.Name.Split(' '))
        {
            if (Lexicon.IsNonPersonWord(word))
            {
                return true;
            }
        }

        return false;
    }
}
