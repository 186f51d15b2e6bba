using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Analysis.Attribution;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// The tokenised body: tokens per paragraph, each tagged with the quote holding it, the quotes' mark tokens,
/// and the sentences. Built in linear time.
/// </summary>
internal sealed class BodyDocument
{
    /// <summary>No name runs longer than this: it keeps every walk over a run short, whatever the input.</summary>
    private const int MaxRunTokens = 12;

    /// <summary>The most tokens whose room a thread keeps between articles: a long article's worth, a quarter of a megabyte.</summary>
    private const int MaxScratchTokens = 16_384;

    [ThreadStatic]
    private static List<Token>? t_scratch;

    private BodyDocument(
        string body,
        ImmutableArray<BodySpanInfo> paragraphs,
        ImmutableArray<RawQuote> quotes,
        Token[] tokens,
        int[] paragraphTokenStart,
        int[] paragraphTokenEnd,
        int[] openToken,
        int[] closeToken,
        List<SentenceInfo> sentences,
        int[] tokenSentence)
    {
        Body = body;
        Paragraphs = paragraphs;
        Quotes = quotes;
        Tokens = tokens;
        ParagraphTokenStart = paragraphTokenStart;
        ParagraphTokenEnd = paragraphTokenEnd;
        OpenToken = openToken;
        CloseToken = closeToken;
        Sentences = sentences;
        TokenSentence = tokenSentence;
    }

    private string?[]? _texts;
    private NameWordClass[]? _nameClasses;
    private sbyte[]? _speechVerbUses;

    public string Body { get; }

    public ImmutableArray<BodySpanInfo> Paragraphs { get; }

    public ImmutableArray<RawQuote> Quotes { get; }

    public Token[] Tokens { get; }

    /// <summary>Per paragraph, the index just past its last token.</summary>
    public int[] ParagraphTokenEnd { get; }

    /// <summary>Per paragraph, the index of its first token.</summary>
    public int[] ParagraphTokenStart { get; }

    /// <summary>Per quote, the token of its opening mark.</summary>
    public int[] OpenToken { get; }

    /// <summary>Per quote, the token of its closing mark, or -1.</summary>
    public int[] CloseToken { get; }

    public List<SentenceInfo> Sentences { get; }

    /// <summary>Per token, the index of its sentence.</summary>
    public int[] TokenSentence { get; }

    public static BodyDocument Build(string body, ImmutableArray<BodySpanInfo> paragraphs, ImmutableArray<RawQuote> quotes, CancellationToken cancellationToken)
    {
        var paragraphTokenStart = new int[paragraphs.Length];
        var paragraphTokenEnd = new int[paragraphs.Length];
        Token[] tokens = Tokenize(body, paragraphs, paragraphTokenStart, paragraphTokenEnd, cancellationToken);

        var openToken = new int[quotes.Length];
        var closeToken = new int[quotes.Length];
        for (int q = 0; q < quotes.Length; q++)
        {
            openToken[q] = -1;
            closeToken[q] = -1;
        }

        int current = 0;
        for (int t = 0; t < tokens.Length && current < quotes.Length; t++)
        {
            var token = tokens[t];
            while (current < quotes.Length && quotes[current].RegionEnd <= token.Start)
            {
                current++;
            }

            if (current < quotes.Length && quotes[current].OpenMark <= token.Start)
            {
                tokens[t] = token with { Quote = current };
                if (token.Start == quotes[current].OpenMark)
                {
                    openToken[current] = t;
                }
                else if (token.Start == quotes[current].CloseMark)
                {
                    closeToken[current] = t;
                }
            }
        }

        // About one sentence per twenty tokens of news: the list rarely grows.
        var sentences = new List<SentenceInfo>((tokens.Length / 20) + 4);
        var tokenSentence = new int[tokens.Length];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int before = sentences.Count;
            SentenceSplitter.Split(body, tokens, quotes, p, paragraphTokenStart[p], paragraphTokenEnd[p], sentences);
            for (int s = before; s < sentences.Count; s++)
            {
                for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
                {
                    tokenSentence[t] = s;
                }
            }
        }

        return new BodyDocument(body, paragraphs, quotes, tokens, paragraphTokenStart, paragraphTokenEnd, openToken, closeToken, sentences, tokenSentence);
    }

    /// <summary>The tokens of every paragraph, in an array of their number: they are read into a list kept by the thread,
    /// whose room the next article reuses, so no article pays for a guessed size or a list's doubling.</summary>
    private static Token[] Tokenize(
        string body, ImmutableArray<BodySpanInfo> paragraphs, int[] paragraphTokenStart, int[] paragraphTokenEnd, CancellationToken cancellationToken)
    {
        var scratch = t_scratch ?? new List<Token>();
        t_scratch = null;
        scratch.Clear();
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphTokenStart[p] = scratch.Count;
            Tokenizer.Tokenize(body, paragraphs[p], scratch, cancellationToken);
            paragraphTokenEnd[p] = scratch.Count;
        }

        Token[] tokens = scratch.ToArray();

        // A huge article's room is not kept for the next: the list would hold its memory for as long as the thread lives.
        if (scratch.Capacity <= MaxScratchTokens)
        {
            t_scratch = scratch;
        }

        return tokens;
    }

    /// <summary>The token's text, cut from the body once: the analysis asks for the same words many times.</summary>
    public string Text(int token)
    {
        // Read, then stored if missing: an element's address (as "??=" on it takes) costs a type check on every call.
        var texts = _texts ??= new string?[Tokens.Length];
        return texts[token] ?? (texts[token] = Body.Substring(Tokens[token].Start, Tokens[token].Length));
    }

    /// <summary>What the token's word (<see cref="Word"/>) can be in a name, read once.</summary>
    public NameWordClass NameClass(int token)
    {
        var classes = _nameClasses ??= new NameWordClass[Tokens.Length];
        var read = classes[token];
        return read != NameWordClass.None ? read : classes[token] = NameInterpreter.ClassOf(Word(token)) | NameWordClass.Read;
    }

    /// <summary>Whether the token is a speech verb used as a verb (<see cref="SpeechCues.IsSpeechVerbUse"/>), read once: the
    /// attribution asks it of the same tokens many times, in every window it scans.</summary>
    public bool IsSpeechVerbUse(int token)
    {
        var answers = _speechVerbUses ??= new sbyte[Tokens.Length];
        sbyte answer = answers[token];
        if (answer == 0)
        {
            answer = answers[token] = SpeechCues.ReadSpeechVerbUse(this, token) ? (sbyte)1 : (sbyte)-1;
        }

        return answer > 0;
    }

    /// <summary>The last comma outside quotes after <paramref name="first"/> and before <paramref name="end"/>, near enough
    /// for the clause after it to be read (within <see cref="SubjectFinder.MaxScanTokens"/>); -1 when there is none.</summary>
    public int LastCommaBefore(int first, int end)
    {
        for (int k = end - 1; k > first && k > end - SubjectFinder.MaxScanTokens; k--)
        {
            if (IsPunctuation(k, ',') && Tokens[k].Quote < 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the token's word is in any of <paramref name="classes"/>.</summary>
    public bool IsAny(int token, NameWordClass classes) => (NameClass(token) & classes) != 0;

    /// <summary>The tokens [<paramref name="start"/>, <paramref name="end"/>) as a name, one space between words (a line
    /// break of hard-wrapped text too) and none before a comma ("Department for Levelling Up, Housing and Communities"), a
    /// final possessive dropped.</summary>
    public string Words(int start, int end)
    {
        var words = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            bool comma = Tokens[k].Kind != TokenKind.Word && Body[Tokens[k].Start] == ',';
            words.Append(k > start && !comma ? " " : string.Empty).Append(k == end - 1 ? Word(k) : Text(k));
        }

        return words.ToString();
    }

    /// <summary>The token's text with a possessive 's / ’s removed.</summary>
    public string Word(int token)
        => IsPossessive(token) ? Body.Substring(Tokens[token].Start, Tokens[token].Length - 2) : Text(token);

    /// <summary>The "the" before the noun at <paramref name="token"/>, up to two modifiers between ("the airline", "the
    /// Olympic champion", "the London-based group"); -1 when another determiner, a possessive or no "the" stands there.</summary>
    public int DefiniteArticleBefore(int token)
    {
        for (int k = token - 1; k >= 0 && k >= token - 3 && Tokens[k].Kind == TokenKind.Word && Tokens[k].Quote < 0; k--)
        {
            if (Text(k) is "the" or "The")
            {
                return k;
            }

            if (Lexicon.IsDeterminer(Text(k)) || IsPossessive(k))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The "a" or "an" that opens the noun phrase of <paramref name="token"/>, over up to three modifiers, lower-case,
    /// an age or a capitalised word of a place or a body ("a police officer", "A former hospital chief executive", "A
    /// 34-year-old man", "A discharged Tauranga councillor"), but no owner's possessive; -1 when none does.</summary>
    public int IndefiniteArticleBefore(int token)
    {
        for (int k = token - 1; k >= 0 && k >= token - 4 && Tokens[k].Kind == TokenKind.Word && Tokens[k].Quote < 0; k--)
        {
            if (Text(k) is "a" or "A" or "an" or "An")
            {
                return k;
            }

            bool modifier = IsLowerWord(k) || AgeNoun(k) >= 0 || (IsCapitalised(k) && !IsPossessive(k));
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"the group", "the militant group", "the London-based group": a body's noun after "the" and up to two
    /// modifiers, lower-case or hyphenated, none of which sets it apart from a body named before ("the other group", "the
    /// opposition party"); a name between makes the name's body ("the Gard prefecture").</summary>
    public bool IsDefiniteBodyNoun(int token)
    {
        int article = DefiniteArticleBefore(token);
        for (int k = article + 1; article >= 0 && k < token; k++)
        {
            if (Lexicon.SetsApart(Text(k)) || !(IsLowerWord(k) || Word(k).IndexOf('-') > 0))
            {
                return false;
            }
        }

        return article >= 0;
    }

    /// <summary>Whether the token ends in a possessive 's / ’s ("Trump's", "RIAA’s").</summary>
    public bool IsPossessive(int token)
    {
        Token t = Tokens[token];
        return t.Length > 2 && Body[t.End - 1] == 's' && Body[t.End - 2] is '\'' or '\u2019';
    }

    /// <summary>Whether the token is a plural possessive, "s" and an apostrophe ("Democrats'", "Workers’").</summary>
    public bool IsPluralPossessive(int token)
    {
        Token t = Tokens[token];
        return t.Length > 2 && Body[t.End - 1] is '\'' or '\u2019' && Body[t.End - 2] == 's';
    }

    /// <summary>Whether the token is the punctuation character <paramref name="c"/>.</summary>
    public bool IsPunctuation(int token, char c) => Tokens[token].Kind == TokenKind.Punctuation && Body[Tokens[token].Start] == c;

    /// <summary>Whether one token stands in round brackets opening at <paramref name="open"/>, the closing one before
    /// <paramref name="end"/>: "(SDF)", "(NLD)".</summary>
    public bool IsOneTokenInBrackets(int open, int end) => open + 2 < end && IsPunctuation(open, '(') && IsPunctuation(open + 2, ')');

    /// <summary>Whether the token is a word starting with a capital letter.</summary>
    public bool IsCapitalised(int token) => NameInterpreter.IsCapitalisedWord(Body, Tokens[token]);

    /// <summary>The value of a token of one to three digits, as an age in "Jo Lee, 54, said", or -1.</summary>
    public int Age(int token)
        => Tokens[token] is { Kind: TokenKind.Word, Length: <= 3 } t ? SmallNumber(t.Start, t.End) : -1;

    /// <summary>The age of an "N-year-old" token ("the 54-year-old said"), or -1.</summary>
    public int AgeNoun(int token)
    {
        const string Suffix = "-year-old";
        Token t = Tokens[token];
        return t.Kind == TokenKind.Word && t.Length > Suffix.Length && t.Length <= Suffix.Length + 3
            && string.CompareOrdinal(Body, t.End - Suffix.Length, Suffix, 0, Suffix.Length) == 0
            ? SmallNumber(t.Start, t.End - Suffix.Length)
            : -1;
    }

    /// <summary>Whether the token is a comma or a dash (<see cref="IsDash(int)"/>), the marks that set off an appositive or
    /// a clause.</summary>
    public bool IsCommaOrDash(int token) => IsPunctuation(token, ',') || IsDash(token);

    /// <summary>Whether the token is a dash: em, en, or a hyphen standing alone ("Jo Lee - who was hurt - said").</summary>
    public bool IsDash(int token) => IsDash(Body, Tokens[token]);

    /// <summary>Whether <paramref name="token"/> of <paramref name="body"/> is a dash, for the tokens of a paragraph read before
    /// the document is built (a dateline's dash).</summary>
    public static bool IsDash(string body, Token token)
        => token.Kind == TokenKind.Punctuation && body[token.Start] is '-' or '\u2013' or '\u2014';

    /// <summary>Whether the token is a word starting with a lower-case letter.</summary>
    public bool IsLowerWord(int token) => Tokens[token].Kind == TokenKind.Word && char.IsLower(Body[Tokens[token].Start]);

    /// <summary>Whether a preposition stands right before the name at <paramref name="first"/>, "the" or a region's compass
    /// adjective between or not, not before <paramref name="low"/> ("The bomb was found in Plymouth.", "According to the
    /// Tidewater Courier, …", "Officials in southern Lebanon said"): a place or an object, no subject.</summary>
    public bool FollowsPreposition(int first, int low)
    {
        int before = BeforeNameModifiers(first, low);
        return before >= low && IsLowerWord(before) && Lexicon.IsPreposition(Text(before));
    }

    /// <summary>The token before the name at <paramref name="first"/>, past a region's compass adjective and "the" ("in the
    /// city", "in southern Lebanon"), where its preposition would stand; not before <paramref name="low"/>.</summary>
    public int BeforeNameModifiers(int first, int low)
    {
        int before = first - 1 >= low && Lexicon.IsCompassAdjective(Text(first - 1)) ? first - 2 : first - 1;
        return before >= low && Text(before) is "the" ? before - 1 : before;
    }

    /// <summary>Whether the number of one or two digits at <paramref name="k"/> ends the name of the capitalised word before it
    /// ("Channel 4", "Fox 5"): no possessive, day or month stands there ("March 5").</summary>
    public bool EndsNameWithNumber(int k)
        => k >= 1 && Tokens[k].Length <= 2 && Tokens[k].Quote < 0 && Age(k) >= 0 && IsCapitalised(k - 1) && Tokens[k - 1].Quote < 0
            && !IsPossessive(k - 1) && !Lexicon.IsWeekday(Word(k - 1)) && !Lexicon.IsMonth(Word(k - 1));

    /// <summary>Whether a capitalised word outside quotes at <paramref name="k"/>, after a preposition, can go on with a body's
    /// name: no day, month or platform ("the Commission on Tuesday", "the Party on Twitter").</summary>
    public bool GoesOnWithBodyName(int k)
        => IsCapitalised(k) && Tokens[k].Quote < 0 && !Lexicon.IsWeekday(Word(k)) && !Lexicon.IsMonth(Word(k)) && !Lexicon.IsPlatform(Word(k));

    /// <summary>Whether a role, relation or group noun stands at <paramref name="token"/>, outside quotes, in lower case or
    /// capitalised as its sentence's first word ("women, men and children", "Police searching for …", "Nurses and …").</summary>
    public bool IsRoleNoun(int token)
    {
        if (Tokens[token].Quote >= 0 || Tokens[token].Kind != TokenKind.Word
            || !(IsLowerWord(token) || Sentences[TokenSentence[token]].FirstToken == token))
        {
            return false;
        }

        string word = IsLowerWord(token) ? Text(token) : Text(token).ToLowerInvariant();
        return Lexicon.IsPersonNoun(word) || Lexicon.NominalKind(word) != NameKind.Unknown;
    }

    /// <summary>The number the ASCII digits of <c>Body[start..end)</c> spell, or -1 when another character is there.</summary>
    private int SmallNumber(int start, int end)
    {
        int value = 0;
        for (int i = start; i < end; i++)
        {
            if (Body[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (Body[i] - '0');
        }

        return value;
    }

    /// <summary>
    /// The end of the capitalised run starting at <paramref name="first"/> (outside quotes, before <paramref name="limit"/>);
    /// a lower-case name particle between two capitalised words belongs to the run ("Mohammad bin Salman").
    /// </summary>
    public int RunEnd(int first, int limit)
    {
        int end = first + 1;
        limit = Math.Min(limit, first + MaxRunTokens);
        while (end < limit && Tokens[end].Quote < 0)
        {
            if (IsCapitalised(end))
            {
                end++;
            }
            else if (ParticlesBefore(end, limit) is var particles and > 0)
            {
                end += particles + 1;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>
    /// The start of the capitalised runs that lower-case connectors join up to the run starting at
    /// <paramref name="runStart"/> ("Centers for Disease Control and Prevention", "Recording Industry Association of America"),
    /// over at most four connectors and not before <paramref name="low"/>.
    /// </summary>
    public int JoinedRunStart(int runStart, int low, Func<string, bool> isConnector)
    {
        const int MaxConnectors = 4;
        int start = runStart;
        for (int steps = 0; steps < MaxConnectors && start - 2 >= low && IsLowerWord(start - 1) && isConnector(Text(start - 1))
            && IsCapitalised(start - 2) && Tokens[start - 2].Quote < 0; steps++)
        {
            start = RunStart(start - 2, low);
        }

        return start;
    }

    /// <summary>How many lower-case name particles (one or two: "bin", "von der") stand from <paramref name="k"/> before a
    /// capitalised word (before <paramref name="limit"/>); 0 when none do.</summary>
    private int ParticlesBefore(int k, int limit)
    {
        for (int count = 1; count <= 2 && k + count < limit && IsParticle(k + count - 1); count++)
        {
            if (Tokens[k + count].Quote < 0 && IsCapitalised(k + count))
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>How many lower-case name particles (one or two) end at <paramref name="k"/> after a capitalised word (not
    /// before <paramref name="low"/>); 0 when none do.</summary>
    private int ParticlesAfter(int k, int low)
    {
        for (int count = 1; count <= 2 && k - count >= low && IsParticle(k - count + 1); count++)
        {
            if (Tokens[k - count].Quote < 0 && IsCapitalised(k - count))
            {
                return count;
            }
        }

        return 0;
    }

    /// <summary>A name particle, or the "the" of a campaign's name after its verb ("Save the Children", "Stop the War
    /// Coalition").</summary>
    private bool IsParticle(int k)
        => Tokens[k].Quote < 0 && IsLowerWord(k)
            && (Lexicon.IsNameParticle(Text(k)) || (Text(k) is "the" && k > 0 && Text(k - 1) is "Save" or "Stop"));

    /// <summary>The start of the capitalised run ending at <paramref name="last"/> (not before <paramref name="low"/>); see <see cref="RunEnd"/>.</summary>
    public int RunStart(int last, int low)
    {
        int start = last;
        low = Math.Max(low, last - MaxRunTokens + 1);
        while (start - 1 >= low && Tokens[start - 1].Quote < 0)
        {
            if (IsCapitalised(start - 1))
            {
                start--;
            }
            else if (ParticlesAfter(start - 1, low) is var particles and > 0)
            {
                start -= particles + 1;
            }
            else
            {
                break;
            }
        }

        return start;
    }

    /// <summary>
    /// The start of the name that stands right before <paramref name="k"/> outside quotes ("an <b>Interpol</b> spokesperson",
    /// "a <b>Hampshire Police</b> spokesman"), not before <paramref name="low"/>; -1 when the word before is no name or is
    /// only a capitalised function word ("The spokesperson").
    /// </summary>
    public int NameStartBefore(int k, int low)
    {
        if (k - 1 < low || Tokens[k - 1].Quote >= 0 || !IsCapitalised(k - 1))
        {
            return -1;
        }

        int start = RunStart(k - 1, low);
        while (start < k && Lexicon.IsFunctionWord(Word(start)))
        {
            start++;
        }

        return start < k ? start : -1;
    }

    /// <summary>How many words of description may stand between "according to" and the source's name.</summary>
    private const int MaxSourceDescriptors = 5;

    /// <summary>Whether quote <paramref name="q"/> asks a question: its words end in a question mark.</summary>
    public bool IsQuestion(int q)
    {
        var quote = Quotes[q];
        int last = quote.Start + quote.Length - 1;
        while (last > quote.Start && char.IsWhiteSpace(Body[last]))
        {
            last--;
        }

        return quote.Length > 0 && Body[last] == '?';
    }

    /// <summary>Whether the name run [<paramref name="runStart"/>, <paramref name="runEnd"/>) is the one a verb of asking
    /// asks to act: "Trump asked Vice President Mike Pence to attend the march", "each asked Brown to run again". That one
    /// does what follows, a good antecedent for a later "he", though the name is the object of a speech verb.</summary>
    public bool IsAskedToAct(int runStart, int runEnd)
        => runStart > 0 && runEnd + 1 < Tokens.Length && IsLowerWord(runStart - 1)
            && Text(runStart - 1) is "asked" or "urged" or "invited" or "encouraged" or "persuaded"
            && Text(runEnd) is "to" && Tokens[runEnd].Quote < 0 && IsLowerWord(runEnd + 1);

    /// <summary>
    /// Whether the name run [<paramref name="runStart"/>, <paramref name="runEnd"/>) stands where a subject stands:
    /// followed by a verb-like word ("official Troy Roberts said"), or at a paragraph or clause start, after
    /// punctuation, a quote mark or a conjunction. Not "told Blinken that", "to Martin Smith of PBS",
    /// "journalist Jamal Khashoggi but", "in which Tsvangirai became": an object or the subject of a relative clause is a
    /// poor antecedent for he/she.
    /// </summary>
    public bool InSubjectPosition(int runStart, int runEnd, int paragraphFirstToken, int paragraphEndToken)
    {
        // "Mugabe agreed to power-sharing in which Tsvangirai became prime minister": the subject of a relative clause
        // is background; the main clause's subject stays the antecedent.
        if (runStart > paragraphFirstToken && Text(runStart - 1) is "which" or "whom" or "whose")
        {
            return false;
        }

        // "John Stainton, Steve Irwin's manager, claimed": a possessive name that opens an appositive owns its noun, which
        // describes the subject before it.
        if (IsPossessive(runEnd - 1) && runStart > paragraphFirstToken && IsPunctuation(runStart - 1, ','))
        {
            return false;
        }

        if (runStart > paragraphFirstToken && runEnd + 1 < paragraphEndToken && IsAskedToAct(runStart, runEnd))
        {
            return true;
        }

        // "Tyler Joseph said Josh Dun proposed …", "Jim Swire believes al-Megrahi was …", "the killing of bin Laden was …":
        // the subject of a reported clause, or a name inside a noun phrase, is background as well.
        int before = runStart - 1;
        while (before > paragraphFirstToken && IsLowerWord(before) && Lexicon.IsNameParticle(Text(before)))
        {
            // "the killing of bin Laden": the particle belongs to the name.
            before--;
        }

        // "Yassin Majid, an adviser to Prime Minister Nouri al-Maliki, said": the object of "to" is no subject, though the
        // source after "according to" is (below).
        if (before >= paragraphFirstToken && IsLowerWord(before)
            && (Text(before) is "of" || Lexicon.IsSpeechVerb(Text(before)) || Lexicon.IsCognitionVerb(Text(before))
                || (Text(before) is "to" && !(before > paragraphFirstToken && Text(before - 1) is "according" or "According"))))
        {
            return false;
        }

        // "Tsvangirai said his party appreciates Nelson Mandela's criticism": an owner's name after a verb is the object's, and
        // the word after it what it owns, no verb; the owner of a body or an office stands in for it ("Uribe charged
        // Correa's government", "said a spokeswoman for the NATO's antipiracy mission").
        bool ownerOfObject = IsPossessive(runEnd - 1) && runEnd < paragraphEndToken && IsVerbLike(runStart - 1, runStart)
            && !Lexicon.IsBodyNoun(Text(runEnd)) && !Lexicon.IsOfficeNoun(Text(runEnd))
            && Lexicon.NominalKind(Text(runEnd)) == NameKind.Unknown;
        if (!ownerOfObject
            && (IsVerbLike(runEnd, paragraphEndToken) || IsVerbLike(AfterAppositive(runEnd, paragraphEndToken), paragraphEndToken)))
        {
            return true;
        }

        // "Among those who arrived this winter was Olena Kovalenko": the subject after the verb of an inverted sentence.
        if (runStart > paragraphFirstToken && Text(runStart - 1) is "was" or "were" && Text(Sentences[TokenSentence[runStart]].FirstToken) is "Among")
        {
            return true;
        }

        if (runStart <= paragraphFirstToken)
        {
            return true;
        }

        // "Bloomberg endorsed his former rival, Joe Biden.": a name between a comma and the sentence's end is in
        // apposition to an object.
        if (IsPunctuation(runStart - 1, ',') && (runEnd >= paragraphEndToken || Tokens[runEnd].Kind == TokenKind.Punctuation && Body[Tokens[runEnd].Start] is '.' or '!' or '?'))
        {
            return false;
        }

        // "According to Muyembe, …", "…, according to White House press secretary Scott McClellan.": the source of what the
        // sentence reports, after its descriptors, a good antecedent for a later "he said".
        int previous = runStart - 1;
        int to = previous;
        while (to > paragraphFirstToken && to > previous - MaxSourceDescriptors && Tokens[to].Kind == TokenKind.Word && Tokens[to].Quote < 0
            && !Lexicon.IsPreposition(Text(to)) && !Lexicon.IsClauseWord(Text(to)))
        {
            to--;
        }

        if (to > paragraphFirstToken && Text(to) is "to" && Text(to - 1) is "according" or "According")
        {
            return true;
        }

        // "list Sailor Neptune and Sailor Uranus as dream roles": after "and" or "or" with no verb next, the second of a
        // pair of objects, not a clause's subject.
        return Tokens[previous].Kind != TokenKind.Word
            || (IsLowerWord(previous) && Lexicon.IsSubjectLeader(Text(previous)) && Text(previous) is not ("and" or "or"));
    }

    /// <summary>Whether the word at <paramref name="token"/> may be the verb after a subject: a lower-case word that is no
    /// preposition, clause word or determiner ("called Trump a …", "told Blinken the …": a determiner makes the name an object),
    /// nor the particle of a verb before the name ("to follow Alan Joyce out the door", "voted Jo Lee off the board").</summary>
    private bool IsVerbLike(int token, int end)
        => token >= 0 && token < end && IsLowerWord(token)
            && !Lexicon.IsPreposition(Text(token)) && !Lexicon.IsClauseWord(Text(token)) && !Lexicon.IsDeterminer(Text(token))
            && Text(token) is not ("out" or "up" or "down" or "away" or "back");

    /// <summary>"Jim Swire, father of another victim, believes": the token after an appositive set off by commas that
    /// starts at <paramref name="comma"/> (at most 15 tokens, no quote), or -1.</summary>
    private int AfterAppositive(int comma, int end)
    {
        if (comma >= end || !IsPunctuation(comma, ','))
        {
            return -1;
        }

        for (int k = comma + 1; k < end && k <= comma + 15 && Tokens[k].Quote < 0 && Tokens[k].Kind != TokenKind.Mark; k++)
        {
            if (IsPunctuation(k, ','))
            {
                return k + 1;
            }
        }

        return -1;
    }

    /// <summary>The index of the token starting at <paramref name="offset"/>, or the last one starting before it; -1 if none.</summary>
    public int TokenAt(int offset)
    {
        int low = 0;
        int high = Tokens.Length - 1;
        int found = -1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            if (Tokens[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
