using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// Attributes each quote to a speaker, trying in order:
/// <list type="number">
/// <item>a speech verb just after the quote with its subject: "…,” Blinken said", "…,” he said", "…,” said Sheriff Bill Brown";</item>
/// <item>a speech verb before the quote in its sentence: "Wang told Blinken that “…”", "Blinken replied that “…”",
/// "a China Daily editorial saying that “…”", "…, saying “…”" (the sentence's subject), "was told by X of “…”";</item>
/// <item>"according to X" in the quote's sentence;</item>
/// <item>continuation: a quote without its own attribution keeps the speaker of the previous quote when it is in the same
/// sentence, or starts a sentence of the same paragraph, or continues a quote running over several paragraphs.</item>
/// </list>
/// A subject he/she resolves to the previous quote's person speaker or the nearest person named before it
/// (same or previous paragraph), whichever is more recent; it/they likewise to an organisation.
/// A name resolves to the declared entity whose mention ends the name, else by name, alias or a person's surname,
/// else stays a name taken from the text (a bare surname expanded to the full name introduced earlier).
/// Whenever a rule cannot decide, the quote has no speaker: a wrong speaker is worse than none.
/// </summary>
internal sealed class SpeakerAttributor
{
    /// <summary>How many words a prefix speech verb may be from the quote.</summary>
    private const int MaxPrefixWords = 30;

    /// <summary>How many tokens after the closing mark the suffix verb may be.</summary>
    private const int MaxSuffixTokens = 12;

    /// <summary>How many tokens (quoted ones included) the searches around a quote may look at.</summary>
    private const int MaxScanTokens = 120;

    /// <summary>Bounds the walk back for a pronoun's antecedent, so that it stays linear.</summary>
    private const int MaxAntecedentSteps = 200;

    private readonly BodyDocument _document;
    private readonly ImmutableArray<FoundMention> _mentions;
    private readonly IReadOnlyList<EntitySurface> _entities;
    private readonly EntityNameIndex _entityNames;
    private readonly PersonRegistry _registry;
    private readonly List<NameOccurrence> _occurrences;
    private readonly Speaker?[] _speakers;
    private readonly AttributionRule[] _rules;
    private readonly int[] _attributionEnd;

    public SpeakerAttributor(
        BodyDocument document,
        ImmutableArray<FoundMention> mentions,
        IReadOnlyList<EntitySurface> entities,
        PersonRegistry registry,
        List<NameOccurrence> occurrences)
    {
        _document = document;
        _mentions = mentions;
        _entities = entities;
        _entityNames = new EntityNameIndex(entities);
        _registry = registry;
        _occurrences = occurrences;
        _speakers = new Speaker?[document.Quotes.Length];
        _rules = new AttributionRule[document.Quotes.Length];
        _attributionEnd = new int[document.Quotes.Length];
    }

    private string Body => _document.Body;

    private List<Token> Tokens => _document.Tokens;

    public ImmutableArray<FoundQuote> Attribute(CancellationToken cancellationToken)
    {
        var quotes = _document.Quotes;
        for (int q = 0; q < quotes.Length; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _attributionEnd[q] = -1;
            if (_document.OpenToken[q] < 0)
            {
                continue;
            }

            var subject = TrySuffix(q) ?? TryPrefix(q) ?? TryAccordingTo(q);
            if (subject is { } found && Resolve(found, q) is { } speaker)
            {
                _speakers[q] = speaker;
                _rules[q] = found.Pronoun != PronounKind.None ? AttributionRule.Pronoun : found.Rule;
                _attributionEnd[q] = found.LastToken;
            }
            else if (q > 0 && _speakers[q - 1] is { } previous && Continues(q))
            {
                _speakers[q] = previous;
                _rules[q] = AttributionRule.Continuation;
            }
        }

        // A quote over several paragraphs may be attributed only in its last part.
        for (int q = quotes.Length - 2; q >= 0; q--)
        {
            if (_speakers[q] is null && quotes[q].ContinuesNext && quotes[q + 1].ContinuesPrevious && _speakers[q + 1] is { } next)
            {
                _speakers[q] = next;
                _rules[q] = AttributionRule.Continuation;
            }
        }

        var result = ImmutableArray.CreateBuilder<FoundQuote>(quotes.Length);
        for (int q = 0; q < quotes.Length; q++)
        {
            var (sentenceStart, sentenceEnd) = SentenceSpan(q);
            var speaker = _speakers[q];
            result.Add(new FoundQuote(
                quotes[q].Start,
                quotes[q].Length,
                sentenceStart,
                sentenceEnd - sentenceStart,
                speaker?.Entity ?? -1,
                speaker?.Name,
                speaker is null ? AttributionRule.None : _rules[q]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>Whether quote <paramref name="q"/> (with no attribution of its own) continues quote q-1.</summary>
    private bool Continues(int q)
    {
        var quotes = _document.Quotes;
        if (quotes[q].ContinuesPrevious && quotes[q - 1].ContinuesNext)
        {
            return true;
        }

        if (quotes[q].Paragraph != quotes[q - 1].Paragraph || _document.OpenToken[q - 1] < 0)
        {
            return false;
        }

        int open = _document.OpenToken[q];
        int sentence = _document.TokenSentence[open];
        return sentence == _document.TokenSentence[_document.OpenToken[q - 1]]
            || _document.Sentences[sentence].FirstToken == open;
    }

    private (int Start, int End) SentenceSpan(int q)
    {
        int open = _document.OpenToken[q];
        if (open < 0)
        {
            return (_document.Quotes[q].OpenMark, _document.Quotes[q].RegionEnd);
        }

        int last = _document.CloseToken[q] >= 0 ? _document.CloseToken[q] : open;
        while (last + 1 < Tokens.Count && Tokens[last + 1].Quote == q)
        {
            last++;
        }

        last = Math.Max(last, _attributionEnd[q]);
        var first = _document.Sentences[_document.TokenSentence[open]];
        var final = _document.Sentences[_document.TokenSentence[last]];
        return (Tokens[first.FirstToken].Start, Tokens[final.EndToken - 1].End);
    }

    /// <summary>"…,” Blinken said", "…,” he told reporters", "…,” said Sheriff Bill Brown".</summary>
    private Subject? TrySuffix(int q)
    {
        int close = _document.CloseToken[q];
        if (close < 0)
        {
            return null;
        }

        int end = _document.ParagraphTokenEnd[_document.Quotes[q].Paragraph];
        int j = close + 1;
        while (j < end && Tokens[j].Kind == TokenKind.Punctuation && Body[Tokens[j].Start] is ',' or '\u2014' or '\u2013' or '-')
        {
            j++;
        }

        if (j >= end)
        {
            return null;
        }

        // After "….” a capitalised word starts a new sentence: only a short "Smith said." still attributes.
        bool newSentence = EndsWithTerminal(q) && j == close + 1 && _document.IsCapitalised(j);
        int verb = -1;
        for (int k = j; k < end && k < j + MaxSuffixTokens; k++)
        {
            var token = Tokens[k];
            if (token.Kind == TokenKind.Mark || token.Quote >= 0
                || (token.Kind == TokenKind.Punctuation && Body[token.Start] is '.' or '!' or '?' or ';' or ':'))
            {
                break;
            }

            if (token.Kind == TokenKind.Word && IsSpeechVerbUse(k) && !IsParticiple(k))
            {
                verb = k;
                break;
            }

            // "… “appalling tragedy” while Brudziński wrote …": a verb of another clause.
            if (_document.IsLowerWord(k) && Lexicon.IsClauseWord(_document.Text(k)))
            {
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var subject = verb == j ? SubjectAfter(verb + 1, end, AttributionRule.SpeechVerb, 3) : SubjectBefore(verb - 1, j);
        if (subject is not { } found)
        {
            return null;
        }

        int last = Math.Max(verb, found.EndToken - 1);
        if (newSentence && !EndsSoon(last + 1, end))
        {
            return null;
        }

        return found with { LastToken = last };
    }

    /// <summary>"Wang told Blinken that the “…”", "He tweeted, “…”", "…, saying “…”", "was told by X of “…”".</summary>
    private Subject? TryPrefix(int q)
    {
        int open = _document.OpenToken[q];
        int sentenceStart = _document.Sentences[_document.TokenSentence[open]].FirstToken;
        int words = 0;
        int from = open - 1;
        bool afterTo = open > sentenceStart && _document.Text(open - 1) is "to";
        bool afterColon = open > sentenceStart && _document.IsPunctuation(open - 1, ':');
        while (FindPrefixVerb(from, sentenceStart, afterTo, afterColon, ref words) is int verb and >= 0)
        {
            // "said — as reported by Hurriyet Daily News — “…”": the reporter is no speaker.
            if (verb > sentenceStart && _document.Text(verb - 1) is "as")
            {
                from = verb - 1;
                continue;
            }

            var subject = PrefixSubject(verb, open, sentenceStart);

            // "— which the BBC noted as … —": a verb of a relative clause; the main verb is further left.
            if (subject is { } found && IsRelativeClauseSubject(found.FirstToken, sentenceStart))
            {
                from = found.FirstToken - 1;
                continue;
            }

            return subject;
        }

        return null;
    }

    /// <summary>The nearest speech verb at or before <paramref name="from"/> in the sentence, outside quotes; -1 if none.
    /// A directive verb counts when the quote follows "to" ("directed them to “…”"), "cited" when it follows a colon.</summary>
    private int FindPrefixVerb(int from, int sentenceStart, bool afterTo, bool afterColon, ref int words)
    {
        int verb = -1;
        int low = Math.Max(sentenceStart, from - MaxScanTokens);
        for (int k = from; k >= low; k--)
        {
            var token = Tokens[k];
            if (token.Quote >= 0)
            {
                continue;
            }

            if (_document.IsPunctuation(k, ';'))
            {
                break;
            }

            if (token.Kind == TokenKind.Word)
            {
                if (++words > MaxPrefixWords)
                {
                    break;
                }

                if (IsSpeechVerbUse(k)
                    || (afterTo && Lexicon.IsDirectiveVerb(_document.Text(k)))
                    || (afterColon && Lexicon.IsColonVerb(_document.Text(k))))
                {
                    verb = k;
                    break;
                }
            }
        }

        return verb;
    }

    private bool IsRelativeClauseSubject(int subjectStart, int sentenceStart)
    {
        int k = subjectStart - 1;
        if (k >= sentenceStart && _document.Text(k) is "the" or "a" or "an")
        {
            k--;
        }

        return k >= sentenceStart && _document.Text(k) is "which" or "who" or "whom" or "whose";
    }

    private Subject? PrefixSubject(int verb, int open, int sentenceStart)
    {
        if (verb + 1 < open && string.Equals(_document.Text(verb + 1), "by", StringComparison.Ordinal))
        {
            return SubjectAfter(verb + 2, open, AttributionRule.Passive, 1);
        }

        // "he was told that “…”" gives no speaker; "she was directing them to “…”" is no passive.
        if (verb > sentenceStart && IsPassiveAuxiliary(verb - 1) && !IsParticiple(verb))
        {
            return null;
        }

        // "…, saying “…”" and "… opposed the withdrawal and said …": the sentence's subject speaks.
        if (verb > sentenceStart
            && ((IsParticiple(verb) && _document.IsPunctuation(verb - 1, ','))
                || string.Equals(_document.Text(verb - 1), "and", StringComparison.Ordinal)))
        {
            return MainSubject(sentenceStart, verb);
        }

        return SubjectBefore(verb - 1, sentenceStart);
    }

    /// <summary>"According to eyewitness Vinnie DeVita, “…”", "“…”, according to the BBC".</summary>
    private Subject? TryAccordingTo(int q)
    {
        var sentence = _document.Sentences[_document.TokenSentence[_document.OpenToken[q]]];
        int open = _document.OpenToken[q];
        int close = _document.CloseToken[q] >= 0 ? _document.CloseToken[q] : open;
        int end = Math.Min(sentence.EndToken, close + MaxScanTokens);

        // "According to the BBC, a spokesman … expressed disappointment; “…”": a semicolon ends the clause the source
        // reports, and a quote after it belongs to another clause.
        int found = -1;
        for (int k = Math.Max(sentence.FirstToken, open - MaxScanTokens); k + 1 < end; k++)
        {
            if (Tokens[k].Quote >= 0)
            {
                continue;
            }

            if (_document.IsPunctuation(k, ';'))
            {
                if (k > open)
                {
                    break;
                }

                found = -1;
            }
            else if (found < 0
                && Tokens[k].Kind == TokenKind.Word
                && string.Equals(_document.Text(k), "according", StringComparison.OrdinalIgnoreCase)
                && string.Equals(_document.Text(k + 1), "to", StringComparison.Ordinal))
            {
                found = k;
                if (k > open)
                {
                    break;
                }
            }
        }

        if (found >= 0)
        {
            return SubjectAfter(found + 2, sentence.EndToken, AttributionRule.AccordingTo, 2);
        }

        return null;
    }

    /// <summary>A subject after a verb or "by"/"according to": up to <paramref name="maxDescriptors"/> lower-case
    /// descriptors ("study co-author", "the"), then a name; or a pronoun.</summary>
    private Subject? SubjectAfter(int k, int end, AttributionRule rule, int maxDescriptors)
    {
        int skipped = 0;
        while (k < end && skipped < maxDescriptors && _document.IsLowerWord(k) && Tokens[k].Quote < 0
            && Lexicon.GetPronoun(_document.Text(k)) == PronounKind.None && !IsSpeechVerb(k))
        {
            k++;
            skipped++;
        }

        if (k >= end || Tokens[k].Quote >= 0)
        {
            return null;
        }

        var pronoun = Lexicon.GetPronoun(_document.Text(k));
        if (pronoun != PronounKind.None)
        {
            return skipped == 0 ? new Subject(k, k + 1, pronoun, rule, k) : null;
        }

        if (!_document.IsCapitalised(k))
        {
            return null;
        }

        // "said the University of Leeds's vice-chancellor, Ann Lee": the person in apposition to an organisation's role.
        if (PossessiveAppositive(k, end) is { } appositive)
        {
            return appositive with { Rule = rule };
        }

        int runEnd = _document.RunEnd(k, end);

        // "quipped Valiant Entertainment editor Heather Antos": the person after a descriptor.
        if (runEnd + 1 < end && _document.IsLowerWord(runEnd) && _document.IsCapitalised(runEnd + 1) && Tokens[runEnd + 1].Quote < 0
            && !Lexicon.IsPreposition(_document.Text(runEnd)) && !Lexicon.IsClauseWord(_document.Text(runEnd)))
        {
            int personEnd = _document.RunEnd(runEnd + 1, end);
            if (NameInterpreter.Interpret(_document, runEnd + 1, personEnd) is { Kind: NameKind.Person })
            {
                return new Subject(runEnd + 1, personEnd, PronounKind.None, rule, personEnd - 1);
            }
        }

        // "said University of California, San Diego's chancellor, …": only a person's name may go on with "of",
        // or a title of a place before the person ("tweeted Mayor of London Sadiq Khan").
        if (runEnd < end && _document.Text(runEnd) is "of"
            && NameInterpreter.Interpret(_document, k, runEnd) is not { Kind: NameKind.Person })
        {
            int place = runEnd + 1 < end && _document.Text(runEnd + 1) is "the" ? runEnd + 2 : runEnd + 1;
            if (place < end && _document.IsCapitalised(place) && Tokens[place].Quote < 0)
            {
                int placeEnd = _document.RunEnd(place, end);
                if (NameInterpreter.PersonAfterTitleOf(_document, place, placeEnd) is { } titled)
                {
                    return new Subject(_document.TokenAt(titled.Start), placeEnd, PronounKind.None, rule, placeEnd - 1);
                }
            }

            return null;
        }

        return new Subject(k, runEnd, PronounKind.None, rule, runEnd - 1);
    }

    /// <summary>
    /// "University of Leeds's vice-chancellor, Ann Lee" starting at <paramref name="k"/>: an organisation's name ending in a
    /// possessive, one to three lower-case words of a role, a comma and a person's name; the person, or null.
    /// </summary>
    private Subject? PossessiveAppositive(int k, int end)
    {
        int limit = Math.Min(end, k + 12);
        int possessive = -1;
        for (int m = k; m < limit; m++)
        {
            if (Tokens[m].Quote >= 0)
            {
                return null;
            }

            if (_document.IsCapitalised(m))
            {
                if (_document.Word(m).Length < Tokens[m].Length)
                {
                    possessive = m;
                    break;
                }
            }
            else if (!(_document.IsPunctuation(m, ',') || _document.Text(m) is "of" or "the" or "and" or "&"))
            {
                return null;
            }
        }

        if (possessive < 0)
        {
            return null;
        }

        int c = possessive + 1;
        while (c < limit && c - possessive <= 3 && _document.IsLowerWord(c) && Tokens[c].Quote < 0 && !Lexicon.IsClauseWord(_document.Text(c)))
        {
            c++;
        }

        if (c == possessive + 1 || c + 1 >= end || !_document.IsPunctuation(c, ',') || !_document.IsCapitalised(c + 1) || Tokens[c + 1].Quote >= 0)
        {
            return null;
        }

        int personEnd = _document.RunEnd(c + 1, end);
        return NameInterpreter.Interpret(_document, c + 1, personEnd) is { Kind: NameKind.Person } name
            ? new Subject(_document.TokenAt(name.Start), personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1)
            : null;
    }

    /// <summary>The subject ending at token <paramref name="k"/> (going left, not before <paramref name="low"/>).</summary>
    private Subject? SubjectBefore(int k, int low)
    {
        for (int skipped = 0; k >= low && skipped < 3 && _document.IsLowerWord(k) && Lexicon.IsAuxiliary(_document.Text(k)); skipped++)
        {
            k--;
        }

        // "Jo Smith of the World Food Programme (WFP) said": a short parenthesis before the verb is skipped.
        if (k >= low && _document.IsPunctuation(k, ')'))
        {
            int m = k - 1;
            while (m >= low && m >= k - 8 && !_document.IsPunctuation(m, '(') && !_document.IsPunctuation(m, ')')
                && Tokens[m].Quote < 0 && Tokens[m].Kind != TokenKind.Mark)
            {
                m--;
            }

            if (m < low || !_document.IsPunctuation(m, '('))
            {
                return null;
            }

            k = m - 1;
        }

        if (k >= low && _document.IsPunctuation(k, ','))
        {
            // "Cruz, in remarks to ABC, said", "Tomasz Kubiak, a fire service spokesman, told".
            int comma = -1;
            for (int m = k - 1; m >= low && m >= k - 15; m--)
            {
                if (Tokens[m].Quote >= 0 || Tokens[m].Kind == TokenKind.Mark)
                {
                    break;
                }

                if (_document.IsPunctuation(m, ','))
                {
                    comma = m;
                    break;
                }
            }

            if (comma < 0 || comma + 1 >= k)
            {
                return null;
            }

            // "The Vice President, Mike Pence, said": the appositive is the name.
            if (_document.IsCapitalised(comma + 1) && _document.RunEnd(comma + 1, k) == k)
            {
                return new Subject(comma + 1, k, PronounKind.None, AttributionRule.SpeechVerb, k - 1);
            }

            if (!_document.IsLowerWord(comma + 1))
            {
                return null;
            }

            k = comma - 1;
        }

        if (k < low || Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        string word = _document.Text(k);

        // "tour guide Ben Cole, 24, who cited his training: “…”": the relative pronoun stands for the person before it.
        if (word is "who" && k - 1 >= low && _document.IsPunctuation(k - 1, ','))
        {
            return RelativeAntecedent(k - 1, low);
        }

        var pronoun = Lexicon.GetPronoun(word);
        if (pronoun != PronounKind.None)
        {
            return new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
        }

        if (Lexicon.IsSpeakerNoun(word))
        {
            // "a China Daily editorial saying": the organisation named before the noun.
            k--;
            if (k < low || !_document.IsCapitalised(k) || Tokens[k].Quote >= 0)
            {
                return null;
            }
        }
        else if (!_document.IsCapitalised(k))
        {
            return null;
        }

        int runStart = _document.RunStart(k, low);

        // "the University of California, Los Angeles disagreed": the end of a longer name, not a subject;
        // but "When interviewed by the BBC, Day said" names a person the text introduced.
        if (runStart - 2 >= low && _document.IsPunctuation(runStart - 1, ',') && _document.IsCapitalised(runStart - 2)
            && !IsKnownPerson(runStart, k + 1))
        {
            return null;
        }

        // "First Minister of Scotland Nicola Sturgeon said": the person after the place of a title.
        if (NameInterpreter.PersonAfterTitleOf(_document, runStart, k + 1) is { } titled)
        {
            return new Subject(_document.TokenAt(titled.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
        }

        // "Carl Lipo of Binghamton University said", "Yvette Cooper of the Labour Party added", "Doug Collins of Georgia
        // said", "Jo Smith of The Rolling Stones reacted": a person's name before "of" is the speaker, whatever follows.
        int preposition = runStart - 1;
        if (preposition > low && _document.Text(preposition) is "the")
        {
            preposition--;
        }

        if (preposition - 1 >= low
            && _document.IsLowerWord(preposition)
            && _document.Text(preposition) is "of" or "at" or "from"
            && NameInterpreter.Interpret(_document, runStart, k + 1) is not null
            && _document.IsCapitalised(preposition - 1))
        {
            int personEnd = preposition;
            int personStart = _document.RunStart(personEnd - 1, low);

            if (NameInterpreter.Interpret(_document, personStart, personEnd) is { Kind: NameKind.Person })
            {
                return new Subject(personStart, personEnd, PronounKind.None, AttributionRule.SpeechVerb, personEnd - 1);
            }
        }

        // "a banner from People's Vote saying": the object of a preposition is no subject. Not so for "with
        // Zinichev describing", nor when the preposition belongs to a title ("House of Commons Speaker John Bercow").
        if (runStart - 1 >= low
            && _document.IsLowerWord(runStart - 1)
            && _document.Text(runStart - 1) is { } before
            && Lexicon.IsPreposition(before)
            && before is not ("with" or "by")
            && NameInterpreter.Interpret(_document, runStart, k + 1) is { } named
            && named.Start == Tokens[FirstNonFunctionWord(runStart, k + 1)].Start)
        {
            return null;
        }

        return new Subject(runStart, k + 1, PronounKind.None, AttributionRule.SpeechVerb, k);
    }

    /// <summary>The person named just before the comma at <paramref name="comma"/> (an age ", 24," may stand between): "Ben Cole, 24, who".</summary>
    private Subject? RelativeAntecedent(int comma, int low)
    {
        int k = comma - 1;
        if (k - 1 >= low && Tokens[k].Kind == TokenKind.Word && char.IsDigit(Body[Tokens[k].Start]) && _document.IsPunctuation(k - 1, ','))
        {
            k -= 2;
        }

        if (k < low || !_document.IsCapitalised(k) || Tokens[k].Quote >= 0)
        {
            return null;
        }

        int start = _document.RunStart(k, low);
        return NameInterpreter.Interpret(_document, start, k + 1) is { Kind: NameKind.Person } name
            ? new Subject(_document.TokenAt(name.Start), k + 1, PronounKind.None, AttributionRule.SpeechVerb, k)
            : null;
    }

    /// <summary>The first token of the run that is no leading function word ("The Rolling Stones" → "Rolling").</summary>
    private int FirstNonFunctionWord(int first, int end)
    {
        while (first + 1 < end && Lexicon.IsFunctionWord(_document.Text(first)))
        {
            first++;
        }

        return first;
    }

    /// <summary>The first name or pronoun of the sentence, before <paramref name="limit"/>: the subject of "…, saying “…”".</summary>
    private Subject? MainSubject(int start, int limit)
    {
        int words = 0;
        for (int k = start; k < limit && k < start + MaxScanTokens && words < 8; k++)
        {
            if (Tokens[k].Quote >= 0 || Tokens[k].Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            var pronoun = Lexicon.GetPronoun(_document.Text(k));
            if (pronoun != PronounKind.None)
            {
                return new Subject(k, k + 1, pronoun, AttributionRule.SpeechVerb, k);
            }

            if (_document.IsCapitalised(k))
            {
                int runEnd = _document.RunEnd(k, limit);
                if (NameInterpreter.Interpret(_document, k, runEnd) is not null)
                {
                    return new Subject(k, runEnd, PronounKind.None, AttributionRule.SpeechVerb, runEnd - 1);
                }

                k = runEnd - 1;
            }
        }

        return null;
    }

    /// <summary>Whether the run names a declared entity or a person the text introduced earlier.</summary>
    private bool IsKnownPerson(int first, int end)
        => NameInterpreter.Interpret(_document, first, end) is { } name
            && (_entityNames.Resolve(name.Name) >= 0
                || (name.WordCount == 1 && _registry.Resolve(name.Name, name.Start) is not null)
                || (LastMentionStartingBefore(name.End) is int mention && mention >= 0 && _mentions[mention].Start >= name.Start));

    private Speaker? Resolve(Subject subject, int q)
        => subject.Pronoun != PronounKind.None
            ? ResolvePronoun(subject.Pronoun, Tokens[subject.FirstToken].Start, q)
            : ResolveName(subject.FirstToken, subject.EndToken);

    private Speaker? ResolveName(int first, int end)
    {
        if (NameInterpreter.Interpret(_document, first, end) is not { } name || IsPlaceLike(name))
        {
            return null;
        }

        // A declared entity whose mention ends the name: "Chinese Foreign Minister Wang Yi", "Wang".
        int mention = LastMentionStartingBefore(name.End);
        if (mention >= 0)
        {
            var found = _mentions[mention];
            if (found.Start >= name.Start && found.Start + found.Length == name.End)
            {
                return EntitySpeaker(found.Entity);
            }
        }

        int entity = _entityNames.Resolve(name.Name);
        if (entity >= 0)
        {
            return EntitySpeaker(entity);
        }

        if (name.WordCount == 1 && name.Kind != NameKind.Organization && _registry.Resolve(name.Name, name.Start) is { } full)
        {
            return new Speaker(-1, full, NameKind.Person);
        }

        return new Speaker(-1, name.Name, name.Kind);
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

    private Speaker EntitySpeaker(int entity)
    {
        var kind = _entities[entity].Kind switch
        {
            Model.EntityKind.Person => NameKind.Person,
            Model.EntityKind.Organization => NameKind.Organization,
            _ => NameKind.Unknown,
        };
        return new Speaker(entity, _entities[entity].Name, kind);
    }

    /// <summary>
    /// he/she → a person, it/they → an organisation: the previous quote's speaker of that kind or the nearest
    /// such name before the pronoun (same or previous paragraph), whichever is more recent. A name inside the
    /// previous quote's sentence ("Wang told Blinken that “…”") does not outrank that quote's speaker.
    /// </summary>
    private Speaker? ResolvePronoun(PronounKind pronoun, int position, int q)
    {
        var quotes = _document.Quotes;
        int paragraph = quotes[q].Paragraph;
        var wanted = pronoun == PronounKind.Person ? NameKind.Person : NameKind.Organization;

        int previousQuote = -1;
        for (int k = q - 1; k >= 0 && k >= q - MaxAntecedentSteps && quotes[k].Paragraph >= paragraph - 1; k--)
        {
            if (_speakers[k] is { } speaker && (speaker.Kind == wanted || (wanted == NameKind.Person && speaker.Kind == NameKind.Unknown)))
            {
                previousQuote = k;
                break;
            }
        }

        // The nearest name of the wanted kind in subject position, else the nearest one at all.
        int occurrence = -1;
        int nearest = -1;
        int index = LastOccurrenceEndingBy(position);
        for (int steps = 0; index >= 0 && steps < MaxAntecedentSteps && _occurrences[index].Paragraph >= paragraph - 1; index--, steps++)
        {
            var candidate = _occurrences[index];
            if (candidate.Kind == wanted && candidate.End <= position)
            {
                nearest = nearest < 0 ? index : nearest;
                if (candidate.IsSubject)
                {
                    occurrence = index;
                    break;
                }
            }
        }

        occurrence = occurrence >= 0 ? occurrence : nearest;

        // The previous speaker stays the antecedent unless a subject is named after that quote.
        if (previousQuote >= 0
            && (occurrence < 0 || !_occurrences[occurrence].IsSubject || _occurrences[occurrence].Start < quotes[previousQuote].RegionEnd))
        {
            return _speakers[previousQuote];
        }

        if (occurrence >= 0)
        {
            var found = _occurrences[occurrence];
            return new Speaker(found.Entity, found.Name, found.Kind);
        }

        return null;
    }

    private int LastMentionStartingBefore(int position) => SortedSearch.LastBefore(_mentions, position, item => item.Start);

    private int LastOccurrenceEndingBy(int position) => SortedSearch.LastBefore(_occurrences, position, item => item.Start);

    private bool IsSpeechVerb(int token) => Tokens[token].Kind == TokenKind.Word && Lexicon.IsSpeechVerb(_document.Text(token));

    /// <summary>A speech-verb form used as a verb: not right after a determiner or possessive ("the call", "Trump's statement").</summary>
    private bool IsSpeechVerbUse(int token)
        => IsSpeechVerb(token)
            && !(token > 0 && Tokens[token - 1].Kind == TokenKind.Word
                && Lexicon.IsDeterminer(_document.Text(token - 1)));

    private bool IsParticiple(int token) => _document.Text(token).EndsWith("ing", StringComparison.Ordinal);

    private bool IsPassiveAuxiliary(int token)
        => Tokens[token].Kind == TokenKind.Word && _document.Text(token) is "was" or "were" or "been" or "being" or "is" or "are" or "be";

    private bool EndsWithTerminal(int q)
    {
        var quote = _document.Quotes[q];
        for (int k = quote.Start + quote.Length - 1; k >= quote.Start; k--)
        {
            char c = Body[k];
            if (!char.IsWhiteSpace(c))
            {
                return c is '.' or '!' or '?' or '\u2026';
            }
        }

        return false;
    }

    /// <summary>Whether the sentence ends within a few words of <paramref name="k"/> ("Smith told reporters.").</summary>
    private bool EndsSoon(int k, int end)
    {
        for (int words = 0; k < end; k++)
        {
            var token = Tokens[k];
            if (token.Kind == TokenKind.Mark || token.Quote >= 0)
            {
                return false;
            }

            if (token.Kind == TokenKind.Punctuation && Body[token.Start] is '.' or '!' or '?')
            {
                return true;
            }

            if (token.Kind == TokenKind.Word && ++words > 4)
            {
                return false;
            }
        }

        return true;
    }
}
