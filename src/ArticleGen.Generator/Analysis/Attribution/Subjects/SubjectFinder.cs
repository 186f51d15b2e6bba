using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Finds the subject of a speech clause around a verb: the name or pronoun before it ("Blinken said", "Nancy Pelosi, the
/// Speaker of the House, said", "Carl Lipo of Binghamton University said"), after it ("said Sheriff Bill Brown",
/// "said the University of Leeds's vice-chancellor, Ann Lee"), or the sentence's own subject ("…, saying “…”").
/// Every walk is bounded by the sentence and a few tokens. The finder's parts are a file each: the subject after its verb,
/// before it, of the sentence; appositives, phrases passed over, persons around a noun phrase, role nouns, participles.
/// </summary>
internal sealed partial class SubjectFinder
{
    /// <summary>How many tokens (quoted ones included) a search around a quote may look at.</summary>
    public const int MaxScanTokens = 120;

    /// <summary>How long an appositive between commas may be: "Greg Barton, Chair in … at Deakin University, said".</summary>
    private const int MaxAppositiveTokens = 30;

    /// <summary>How many appositives may stand between a subject and its verb.</summary>
    private const int MaxAppositives = 3;

    /// <summary>How many words may describe a role noun between a nationality and the noun ("Malaysian transport ministry").</summary>
    private const int MaxNationalityModifiers = 2;

    /// <summary>At most this many lower-case words of a role follow an organisation's possessive before the person's name
    /// ("the CDC's interim public health deputy director, Anne Schuchat").</summary>
    private const int MaxPossessiveRoleWords = 5;

    /// <summary>At most this many lower-case modifiers stand between "the" and the body a member speaks from ("Timo Soini
    /// from the nationalist opposition Finns Party").</summary>
    private const int MaxMemberModifiers = 3;

    /// <summary>At most this many words of a preposition's noun phrase stand before the comma of the person in apposition
    /// ("spokesperson for the United Nations High Commissioner for Human Rights, Rupert Colville").</summary>
    private const int MaxPhraseWords = 12;

    /// <summary>At most this many tokens of an indefinite description, a relative clause in it, stand before the comma of the
    /// person in apposition ("said a master gardener who volunteers at the university's extension office, Fred Hanacek").</summary>
    private const int MaxDescriptionTokens = 16;

    /// <summary>At most this many phrases open a sentence before its subject ("Just weeks earlier, on January 25, 2006,").</summary>
    private const int MaxOpeningPhrases = 3;

    /// <summary>At most this many words make a phrase of time before "earlier", "later" or "ago" ("Just a few weeks earlier,").</summary>
    private const int MaxTimePhraseWords = 6;

    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;

    /// <summary>Whether a "which" after a document is being read for the document (<see cref="Before"/>), which bounds the
    /// look-ups a chain of such clauses could nest.</summary>
    private bool _inRelativeDocument;

    public SubjectFinder(AttributionContext context, SpeakerLinker linker)
    {
        _context = context;
        _linker = linker;
    }

    private BodyDocument Document => _context.Document;

    private string Body => _context.Body;

    private Token[] Tokens => _context.Tokens;

    private bool OpensSentence(int token) => Document.Sentences[Document.TokenSentence[token]].FirstToken == token;

    /// <summary>Past a body noun right after a name ("the Biden <b>campaign</b>") or "family" ("a statement from the Smith
    /// <b>family</b>": the family speaks, not one Smith), else <paramref name="runEnd"/>.</summary>
    private int WithBodyNoun(int runEnd, int limit)
        => runEnd < limit && Document.IsLowerWord(runEnd) && Tokens[runEnd].Quote < 0 && (Lexicon.IsBodyNoun(Document.Text(runEnd)) || Document.Text(runEnd) is "family")
            ? runEnd + 1
            : runEnd;

    /// <summary>The first token of the run that is no leading function word ("The Rolling Stones" → "Rolling").</summary>
    private int FirstNonFunctionWord(int first, int end)
    {
        while (first + 1 < end && Lexicon.IsFunctionWord(Document.Text(first)))
        {
            first++;
        }

        return first;
    }
}
