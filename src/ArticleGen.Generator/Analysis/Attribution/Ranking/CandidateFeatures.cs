using System;
using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// The speaker candidates of a quote and their features, for the ranker: "no speaker"; the sieve's speaker; the
/// speakers the sieve gave to the quotes before and after it; every person or organisation named outside quotes from
/// two paragraphs before the quote to the paragraph after it. A candidate's features describe where its nearest
/// mentions stand (direction, sentences, paragraphs, tokens, subject position, a speech verb next to it), how often the
/// article names it, and what the sieve said (its stage is a feature, so the ranker learns when to trust each stage).
/// Features read the sieve's decisions only, never the ranker's, so each quote is ranked on its own. Bounded: at most
/// <see cref="MaxBefore"/> mentions before the quote and <see cref="MaxAfter"/> after it.
/// </summary>
internal sealed class CandidateFeatures
{
    public const int MaxBefore = 40;

    public const int MaxAfter = 20;

    public const int MaxNearbyTokens = 150;

    private const int ParagraphsBefore = 2;

    private readonly AttributionContext _context;
    private readonly SpeakerLinker _linker;
    private readonly Speaker?[] _sieveSpeakers;
    private readonly AttributionRule[] _sieveRules;
    private readonly List<Candidate> _candidates = new();
    private readonly Dictionary<string, int> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _earlierSpeakers = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _frequency;
    private int _counted;

    /// <summary>Reads the sieve's decisions as they stand now (a copy: the ranker's own decisions never become features).</summary>
    public CandidateFeatures(AttributionContext context, SpeakerLinker linker)
    {
        _context = context;
        _linker = linker;
        _sieveSpeakers = (Speaker?[])context.Speakers.Clone();
        _sieveRules = (AttributionRule[])context.Rules.Clone();
    }

    private BodyDocument Document => _context.Document;

    /// <summary>The sieve's speaker of quote <paramref name="q"/>.</summary>
    public Speaker? SieveSpeaker(int q) => _sieveSpeakers[q];

    /// <summary>Gives the sink the candidates of quote <paramref name="q"/> (its opening mark must be a token), "no speaker"
    /// first, then the sieve's speaker, the neighbouring quotes' speakers and the names, nearest first.</summary>
    public void Extract(int q, ICandidateSink sink)
    {
        CountEarlierSpeakers(q);
        _candidates.Clear();
        _byName.Clear();
        var quotes = Document.Quotes;
        int paragraph = quotes[q].Paragraph;
        int rule = (int)_sieveRules[q];
        if (_sieveSpeakers[q] is { } sieve)
        {
            Find(sieve).IsSieve = true;
        }

        if (q > 0 && _sieveSpeakers[q - 1] is { } previous && quotes[q - 1].Paragraph >= paragraph - 1)
        {
            Find(previous).Previous = Relation(q - 1, q);
        }

        if (q + 1 < quotes.Length && _sieveSpeakers[q + 1] is { } next && quotes[q + 1].Paragraph <= paragraph + 1)
        {
            Find(next).Next = Relation(q, q + 1);
        }

        int open = Document.OpenToken[q];
        int close = LastToken(q);
        int openSentence = Document.TokenSentence[open];
        int closeSentence = Document.TokenSentence[close];
        var occurrences = _context.Occurrences;
        int last = _context.LastOccurrenceStartingBefore(quotes[q].OpenMark);
        int rank = 0;
        for (int i = last, steps = 0; i >= 0 && steps < MaxBefore && occurrences[i].Paragraph >= paragraph - ParagraphsBefore; i--, steps++)
        {
            var candidate = Find(Speaker(occurrences[i]));
            candidate.InWindow++;
            if (candidate.Before is null)
            {
                candidate.Before = occurrences[i];
                candidate.BeforeRank = rank++;
            }
        }

        rank = 0;
        for (int i = last + 1, steps = 0; i < occurrences.Count && steps < MaxAfter && occurrences[i].Paragraph <= paragraph + 1; i++, steps++)
        {
            if (occurrences[i].Start < quotes[q].RegionEnd)
            {
                continue;
            }

            var candidate = Find(Speaker(occurrences[i]));
            candidate.InWindow++;
            if (candidate.After is null)
            {
                candidate.After = occurrences[i];
                candidate.AfterRank = rank++;
            }
        }

        AddNearbyNames(q, openSentence, closeSentence);

        sink.Begin(null);
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneBias));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneSieve, rule, _context.UnresolvedClause[q] ? 1 : 0));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneSpeechVerb, SpeechVerbInSentence(openSentence) ? 1 : 0, rule));
        var sentence = Document.Sentences[openSentence];
        sink.Add(FeatureHash.Of(FeatureTemplate.NonePlacement, Document.ParagraphTokenStart[paragraph] == open ? 1 : 0, sentence.FirstToken == open ? 1 : 0, rule));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneCandidates, Bucket(_candidates.Count), rule));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneFirstPerson, HasFirstPerson(open, close) ? 1 : 0, rule));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneLength, Log2Bucket(close - open), rule));
        sink.Add(FeatureHash.Of(FeatureTemplate.NoneMultiParagraph, quotes[q].ContinuesPrevious ? 1 : 0, quotes[q].ContinuesNext ? 1 : 0));

        foreach (var candidate in _candidates)
        {
            sink.Begin(candidate.Speaker);
            var kind = (int)candidate.Speaker.Kind;
            int role = candidate.Speaker.Entity < 0 && Lexicon.NominalKind(candidate.Speaker.Name) != NameKind.Unknown ? 1 : 0;
            sink.Add(FeatureHash.Of(FeatureTemplate.Kind, kind, role));
            sink.Add(FeatureHash.Of(FeatureTemplate.Words, Bucket(WordCount(candidate.Speaker.Name)), kind));
            sink.Add(FeatureHash.Of(FeatureTemplate.Frequency, Bucket(Frequency(candidate.Speaker.Name)), kind));
            sink.Add(FeatureHash.Of(FeatureTemplate.WindowCount, Bucket(candidate.InWindow)));
            _earlierSpeakers.TryGetValue(candidate.Speaker.Name, out int earlier);
            sink.Add(FeatureHash.Of(FeatureTemplate.EarlierSpeaker, Bucket(earlier), rule));
            if (candidate.IsSieve)
            {
                sink.Add(FeatureHash.Of(FeatureTemplate.Sieve, rule, kind));
            }

            if (candidate.Previous >= 0)
            {
                sink.Add(FeatureHash.Of(FeatureTemplate.PreviousSpeaker, candidate.Previous, rule, candidate.IsSieve ? 1 : 0));
            }

            if (candidate.Next >= 0)
            {
                sink.Add(FeatureHash.Of(FeatureTemplate.NextSpeaker, candidate.Next, rule, candidate.IsSieve ? 1 : 0));
            }

            sink.Add(FeatureHash.Of(FeatureTemplate.Source, candidate.Nearby ? 1 : 0, kind, role));
            int nearestPlace = 0;
            if (candidate.Before is { } before)
            {
                nearestPlace = AddPlace(sink, candidate, before, 0, candidate.BeforeRank, openSentence, open, paragraph);
            }

            if (candidate.After is { } after)
            {
                int place = AddPlace(sink, candidate, after, 1, candidate.AfterRank, closeSentence, close, paragraph);
                nearestPlace = nearestPlace == 0 ? place : nearestPlace;
            }

            if (candidate.IsSieve)
            {
                sink.Add(FeatureHash.Of(FeatureTemplate.SieveNearest, rule, nearestPlace));
            }
        }
    }

    /// <summary>
    /// The names and role nouns of the sentence before the quote's (same or previous paragraph) to the sentence after it
    /// (same paragraph), outside quotes, as the speaker linker reads them: the names the name finder leaves out
    /// (a single unknown word, unless it opens a sentence; a court), and "police", "researchers", "the spokesperson".
    /// At most <see cref="MaxNearbyTokens"/> tokens.
    /// </summary>
    private void AddNearbyNames(int q, int openSentence, int closeSentence)
    {
        var sentences = Document.Sentences;
        int paragraph = Document.Quotes[q].Paragraph;
        int firstSentence = openSentence > 0 && sentences[openSentence - 1].Paragraph >= paragraph - 1 ? openSentence - 1 : openSentence;
        int lastSentence = closeSentence + 1 < sentences.Count && sentences[closeSentence + 1].Paragraph == paragraph ? closeSentence + 1 : closeSentence;
        int open = Document.OpenToken[q];
        int start = Math.Max(sentences[firstSentence].FirstToken, open - MaxNearbyTokens);
        int end = Math.Min(sentences[lastSentence].EndToken, open + MaxNearbyTokens);
        var tokens = _context.Tokens;
        int k = start;
        while (k < end)
        {
            var sentence = sentences[Document.TokenSentence[k]];
            if (tokens[k].Quote >= 0 || tokens[k].Kind != TokenKind.Word)
            {
                k++;
                continue;
            }

            int next = k + 1;
            Speaker? speaker = null;
            if (Document.IsCapitalised(k))
            {
                next = Document.RunEnd(k, sentence.EndToken);
                speaker = _linker.Link(k, next);
            }
            else if (Lexicon.NominalKind(Document.Text(k)) != NameKind.Unknown)
            {
                speaker = _linker.LinkNominal(k);
            }

            // A capitalised word that opens a sentence ("Creating", "Can") is rarely a name the text did not find.
            if (speaker is { } found && !(found.Kind == NameKind.Unknown && next == k + 1 && k == sentence.FirstToken))
            {
                bool isNew = !_byName.ContainsKey(found.Name);
                var candidate = Find(found);
                candidate.Nearby |= isNew;
                var mention = new NameOccurrence(tokens[k].Start, tokens[next - 1].End, sentence.Paragraph, found.Kind, found.Entity, found.Name,
                    Document.InSubjectPosition(k, next, Document.ParagraphTokenStart[sentence.Paragraph], Document.ParagraphTokenEnd[sentence.Paragraph]));
                if (k < open && (candidate.Before is null || candidate.Before.Value.Start < mention.Start))
                {
                    candidate.InWindow += isNew ? 1 : 0;
                    candidate.Before = mention;
                    candidate.BeforeRank = isNew ? 3 : candidate.BeforeRank;
                }
                else if (k > open && candidate.After is null)
                {
                    candidate.InWindow += isNew ? 1 : 0;
                    candidate.After = mention;
                    candidate.AfterRank = 3;
                }
            }

            k = next;
        }
    }

    /// <summary>The features of one mention of the candidate; returns its place (direction and sentence distance) as one number.</summary>
    private int AddPlace(ICandidateSink sink, Candidate candidate, NameOccurrence occurrence, int direction, int rank, int quoteSentence, int quoteToken, int paragraph)
    {
        int first = Document.TokenAt(occurrence.Start);
        int last = Document.TokenAt(occurrence.End - 1);
        int sentences = Math.Min(3, Math.Abs(Document.TokenSentence[first] - quoteSentence));
        int paragraphs = Math.Min(3, Math.Abs(occurrence.Paragraph - paragraph));
        int tokens = direction == 0 ? quoteToken - last : first - quoteToken;
        int subject = occurrence.IsSubject ? 1 : 0;
        int kind = (int)candidate.Speaker.Kind;
        sink.Add(FeatureHash.Of(FeatureTemplate.Nearest, direction, sentences, subject));
        sink.Add(FeatureHash.Of(FeatureTemplate.NearestKind, direction, sentences, kind));
        sink.Add(FeatureHash.Of(FeatureTemplate.Paragraphs, direction, paragraphs));
        sink.Add(FeatureHash.Of(FeatureTemplate.Tokens, direction, Log2Bucket(tokens)));
        sink.Add(FeatureHash.Of(FeatureTemplate.VerbLink, direction, sentences, VerbLink(first, last)));
        sink.Add(FeatureHash.Of(FeatureTemplate.Rank, direction, Math.Min(rank, 3), subject));
        return 1 + (direction * 4) + sentences;
    }

    /// <summary>How a speech verb stands next to a name: 0 none, 1 "X said" (up to two words between), 2 "said X",
    /// 3 "according to X".</summary>
    private int VerbLink(int first, int last)
    {
        var tokens = _context.Tokens;
        for (int k = last + 1; k < tokens.Count && k <= last + 3 && tokens[k].Quote < 0 && tokens[k].Kind == TokenKind.Word; k++)
        {
            if (SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return 1;
            }
        }

        if (first >= 2 && Document.Text(first - 1) == "to" && Document.Text(first - 2) is "according" or "According")
        {
            return 3;
        }

        for (int k = first - 1; k >= 0 && k >= first - 2 && tokens[k].Quote < 0 && tokens[k].Kind == TokenKind.Word; k--)
        {
            if (SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return 2;
            }
        }

        return 0;
    }

    /// <summary>How quote <paramref name="earlier"/> stands to quote <paramref name="later"/>: 0 one quote running over
    /// two paragraphs, 1 same sentence, 2 same paragraph, 3 the next paragraph.</summary>
    private int Relation(int earlier, int later)
    {
        var quotes = Document.Quotes;
        if (quotes[earlier].ContinuesNext && quotes[later].ContinuesPrevious)
        {
            return 0;
        }

        if (quotes[earlier].Paragraph != quotes[later].Paragraph)
        {
            return 3;
        }

        int a = Document.OpenToken[earlier];
        int b = Document.OpenToken[later];
        return a >= 0 && b >= 0 && Document.TokenSentence[a] == Document.TokenSentence[b] ? 1 : 2;
    }

    private bool SpeechVerbInSentence(int sentenceIndex)
    {
        var sentence = Document.Sentences[sentenceIndex];
        int end = Math.Min(sentence.EndToken, sentence.FirstToken + SubjectFinder.MaxScanTokens);
        for (int k = sentence.FirstToken; k < end; k++)
        {
            if (_context.Tokens[k].Quote < 0 && SpeechCues.IsSpeechVerbUse(Document, k))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasFirstPerson(int open, int close)
    {
        for (int k = open + 1; k < close && k <= open + SubjectFinder.MaxScanTokens; k++)
        {
            if (_context.Tokens[k].Kind == TokenKind.Word && Document.Text(k) is "I" or "my" or "me" or "we" or "We" or "our" or "Our" or "My" or "us")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The quote's last token: its closing mark, else the last token of its text.</summary>
    private int LastToken(int q)
    {
        int last = Document.CloseToken[q];
        if (last >= 0)
        {
            return last;
        }

        last = Document.OpenToken[q];
        int paragraphEnd = Document.ParagraphTokenEnd[Document.Quotes[q].Paragraph];
        while (last + 1 < paragraphEnd && _context.Tokens[last + 1].Quote == q)
        {
            last++;
        }

        return last;
    }

    private void CountEarlierSpeakers(int q)
    {
        for (; _counted < q; _counted++)
        {
            if (_sieveSpeakers[_counted] is { } speaker)
            {
                _earlierSpeakers.TryGetValue(speaker.Name, out int count);
                _earlierSpeakers[speaker.Name] = count + 1;
            }
        }
    }

    private int Frequency(string name)
    {
        if (_frequency is null)
        {
            _frequency = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var occurrence in _context.Occurrences)
            {
                _frequency.TryGetValue(occurrence.Name, out int count);
                _frequency[occurrence.Name] = count + 1;
            }
        }

        return _frequency.TryGetValue(name, out int found) ? found : 0;
    }

    private Candidate Find(Speaker speaker)
    {
        if (_byName.TryGetValue(speaker.Name, out int index))
        {
            return _candidates[index];
        }

        var candidate = new Candidate(speaker);
        _byName.Add(speaker.Name, _candidates.Count);
        _candidates.Add(candidate);
        return candidate;
    }

    private static Speaker Speaker(NameOccurrence occurrence) => new(occurrence.Entity, occurrence.Name, occurrence.Kind);

    private static int WordCount(string name)
    {
        int count = 1;
        foreach (char c in name)
        {
            count += c == ' ' ? 1 : 0;
        }

        return count;
    }

    /// <summary>0, 1, 2, 3-4, 5 or more.</summary>
    private static int Bucket(int count) => count <= 2 ? count : count <= 4 ? 3 : 4;

    private static int Log2Bucket(int value)
    {
        int bucket = 0;
        while (value > 1 && bucket < 8)
        {
            value >>= 1;
            bucket++;
        }

        return bucket;
    }

    /// <summary>A candidate and where it was met around the quote.</summary>
    private sealed class Candidate
    {
        public Candidate(Speaker speaker) => Speaker = speaker;

        public Speaker Speaker { get; }

        public bool IsSieve { get; set; }

        public int Previous { get; set; } = -1;

        public int Next { get; set; } = -1;

        /// <summary>The nearest mention before the quote.</summary>
        public NameOccurrence? Before { get; set; }

        public int BeforeRank { get; set; }

        /// <summary>The nearest mention after the quote.</summary>
        public NameOccurrence? After { get; set; }

        public int AfterRank { get; set; }

        public int InWindow { get; set; }

        /// <summary>Found only by the scan of the sentences around the quote (<see cref="AddNearbyNames"/>).</summary>
        public bool Nearby { get; set; }
    }
}
