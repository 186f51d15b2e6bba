using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// The persons the text introduced with an age ("Jo Lee, 54,", "54-year-old Jo Lee") or under a title ("Foreign Minister
/// Julie Bishop") before a token: who "the 54-year-old" is, and whether an age or a title speaks against a speaker.
/// </summary>
internal sealed class PersonIntroductions
{
    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;

    public PersonIntroductions(AttributionContext context, SpeakerLinker linker)
    {
        _context = context;
        _linker = linker;
    }

    private BodyDocument Document => _context.Document;

    /// <summary>
    /// "the 54-year-old" at <paramref name="token"/>: the nearest person introduced before it with that age, "Jo Lee, 54,"
    /// ("Jo Lee, 54." at a sentence's end) or "54-year-old Jo Lee", within a bounded walk; null when none is (someone the
    /// text does not name).
    /// </summary>
    public Speaker? PersonOfAge(int token, int age)
    {
        foreach (var (person, personAge) in PersonsWithAgeBefore(token))
        {
            if (personAge == age)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Whether the text named <paramref name="speaker"/> under a title before <paramref name="token"/> ("Foreign Minister
    /// Julie Bishop"; honorifics such as "Mr" or "Dr" aside), within a bounded walk: a title no one holds then stands for
    /// someone else than that person.</summary>
    public bool HasTitleBefore(Speaker speaker, int token)
    {
        int index = _context.LastOccurrenceStartingBefore(_context.Tokens[token].Start);
        for (int steps = 0; index >= 0 && steps < SpeakerLinker.MaxTitledOccurrenceSteps; index--, steps++)
        {
            var occurrence = _context.Occurrences[index];
            int first = Document.TokenAt(occurrence.Start);
            if (occurrence.Name == speaker.Name && first > 0 && Document.Word(first - 1) is var title
                && Lexicon.IsTitle(title) && GenderEvidence.HonorificBefore(Document, first) == Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text gave <paramref name="speaker"/> an age before <paramref name="token"/>: "the 28-year-old"
    /// is not someone introduced as 54.</summary>
    public bool HasAgeBefore(Speaker speaker, int token)
    {
        foreach (var (person, _) in PersonsWithAgeBefore(token))
        {
            if (person is { } found && found.Entity == speaker.Entity && found.Name == speaker.Name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The persons introduced with an age before <paramref name="token"/>, nearest first, within a bounded walk.</summary>
    private IEnumerable<(Speaker? Person, int Age)> PersonsWithAgeBefore(int token)
    {
        var tokens = _context.Tokens;
        for (int k = token - 1, steps = 0; k >= 1 && steps < RoleHolders.MaxRoleSteps; k--, steps++)
        {
            if (tokens[k].Quote >= 0)
            {
                continue;
            }

            // "Jo Lee, 54,": the name before the age's comma.
            if (k + 1 < tokens.Length && Document.Age(k) is var age and >= 0 && Document.IsPunctuation(k - 1, ',')
                && tokens[k + 1].Kind == TokenKind.Punctuation && k - 2 >= 0 && Document.IsCapitalised(k - 2) && tokens[k - 2].Quote < 0)
            {
                int start = Document.RunStart(k - 2, 0);
                if (NameInterpreter.Interpret(Document, start, k - 1) is { Kind: not NameKind.Organization } name)
                {
                    yield return (_linker.Link(Document.TokenAt(name.Start), k - 1), age);
                }
            }

            // "54-year-old Jo Lee": the name after the age.
            if (Document.AgeNoun(k) is var ageNoun and >= 0 && k + 1 < tokens.Length && Document.IsCapitalised(k + 1) && tokens[k + 1].Quote < 0)
            {
                int end = Document.RunEnd(k + 1, tokens.Length);
                if (NameInterpreter.Interpret(Document, k + 1, end) is { Kind: not NameKind.Organization } name)
                {
                    yield return (_linker.Link(Document.TokenAt(name.Start), end), ageNoun);
                }
            }
        }
    }
}
