using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleGen.Generator.Analysis;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one measure.</summary>
public readonly record struct Figures(int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Row(string label)
        => string.Create(CultureInfo.InvariantCulture, $"| {label} | {Precision:0.000} | {Recall:0.000} | {F1:0.000} | {Correct} / {Predicted} / {Expected} |");
}

/// <summary>One error of the engine against the gold, in a class that can be counted without reading the text.</summary>
public sealed record QuoteError(string Article, string ErrorClass, string Detail);

/// <summary>
/// Scores the engine's quotes against gold spans. Detection: a reported quote (speech) is right when a gold speech span
/// has exactly its start and end. Attribution: over gold speech spans with a speaker; a speaker given to a reported quote
/// is right when it equals the gold speaker (case-insensitive; a nominal without its determiner); every speaker given
/// to a quote that is not a gold speech span, or a wrong one, counts against precision.
/// </summary>
internal sealed class QuoteScore
{
    private readonly Dictionary<AttributionRule, (int Right, int Wrong)> _byRule = new();
    private readonly Dictionary<string, int> _byWhere = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _partsByWhere = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public int GoldSpeech { get; private set; }

    public int GoldSpans { get; private set; }

    public int Reported { get; private set; }

    public int DetectedRight { get; private set; }

    public int GoldWithSpeaker { get; private set; }

    public int SpeakersGiven { get; private set; }

    public int SpeakersRight { get; private set; }

    public List<QuoteError> Errors { get; } = new();

    public Figures Detection => new(DetectedRight, Reported, GoldSpeech);

    public Figures Attribution => new(SpeakersRight, SpeakersGiven, GoldWithSpeaker);

    public IReadOnlyDictionary<AttributionRule, (int Right, int Wrong)> ByRule => _byRule;

    /// <summary>
    /// Speakers missed, and wrong speakers by the stage that gave them, counted by where the gold name stands: in the quote's
    /// sentence (as the engine bounds it), elsewhere in its paragraph, in the paragraph before, or further away. Counts only:
    /// they show which kind of error a set has more of than another without reading any.
    /// </summary>
    public IReadOnlyDictionary<string, int> MissedOrWrongByWhere => _byWhere;

    /// <summary>
    /// Wrong speakers that are a part of the gold name ("Trump" for "Donald Trump"), counted by whether the engine's name is
    /// one word and where the text writes the whole gold name: before the quote (a link missed), only after it, or nowhere
    /// as one string. Counts only, as <see cref="MissedOrWrongByWhere"/>.
    /// </summary>
    public IReadOnlyDictionary<string, int> PartsOfNameByWhere => _partsByWhere;

    public void Add(GoldArticle gold, BodyAnalysis analysis)
    {
        Articles++;
        GoldSpans += gold.Spans.Count;
        var byStart = gold.Spans.ToDictionary(s => s.Start);
        var matched = new HashSet<int>();
        foreach (var quote in analysis.Quotes.Where(q => q.IsSpeech))
        {
            Reported++;
            string text = gold.Text.Substring(quote.Start, quote.Length);
            byStart.TryGetValue(quote.Start, out var span);
            bool exact = span is not null && span.End == quote.Start + quote.Length && span.IsSpeech;
            if (exact)
            {
                DetectedRight++;
                matched.Add(span!.Start);
            }
            else
            {
                Errors.Add(new QuoteError(gold.Id, span is null ? "reported a span that is no gold span" : span.IsSpeech ? "boundary differs" : $"reported a {span.Kind} as speech", text));
            }

            if (quote.SpeakerName is not { } speaker)
            {
                if (exact && span!.Speaker is not null)
                {
                    Errors.Add(new QuoteError(gold.Id, $"no speaker, gold name {WhereNamed(gold.Text, span)}", $"\"{Shorten(text)}\" (gold: {span.Speaker})"));
                    CountWhere($"no speaker, gold name {WhereInSentence(gold.Text, span, quote)}");
                }

                continue;
            }

            SpeakersGiven++;
            bool right = exact && span!.Speaker is not null && SameSpeaker(speaker, span.Speaker);
            _byRule[quote.Rule] = _byRule.TryGetValue(quote.Rule, out var counts)
                ? (counts.Right + (right ? 1 : 0), counts.Wrong + (right ? 0 : 1))
                : (right ? 1 : 0, right ? 0 : 1);
            if (right)
            {
                SpeakersRight++;
            }
            else if (exact)
            {
                string errorClass = span!.Speaker is null ? "speaker for an unknown speaker" : $"wrong speaker, {NameForm(speaker, span.Speaker)}";
                Errors.Add(new QuoteError(gold.Id, errorClass, $"{speaker} for \"{Shorten(text)}\" (gold: {span.Speaker ?? "none"}, {quote.Rule})"));
                if (span.Speaker is not null)
                {
                    CountWhere($"wrong speaker by {quote.Rule}, gold name {WhereInSentence(gold.Text, span, quote)}");
                    if (NameForm(speaker, span.Speaker) == PartOfName)
                    {
                        string key = $"{(Words(speaker).Count() == 1 ? "one word" : "more words")}, the gold name written {WhereWritten(gold.Text, span)}";
                        _partsByWhere[key] = _partsByWhere.TryGetValue(key, out int count) ? count + 1 : 1;
                    }
                }
            }
        }

        foreach (var span in gold.Spans.Where(s => s.IsSpeech))
        {
            GoldSpeech++;
            if (span.Speaker is not null)
            {
                GoldWithSpeaker++;
            }

            if (!matched.Contains(span.Start))
            {
                Errors.Add(new QuoteError(gold.Id, "missed speech span", $"\"{Shorten(gold.Text.Substring(span.Start, span.End - span.Start))}\""));
            }
        }
    }

    /// <summary>Equal names, case-insensitive; a nominal compared without a leading determiner ("the police" = "police").</summary>
    public static bool SameSpeaker(string found, string gold)
        => string.Equals(WithoutDeterminer(found), WithoutDeterminer(gold), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Where the text writes the last word of a quote's gold speaker outside the quote: in the quote's paragraph, in the
    /// paragraph before, or only further away (or never, as for most nominal speakers). Counts a missing speaker by how
    /// far its evidence stands, without reading it.
    /// </summary>
    private static string WhereNamed(string text, GoldSpan span)
    {
        string last = LastWord(span);
        int paragraphStart = ParagraphStart(text, span.Start);
        int paragraphEnd = text.IndexOf("\n\n", span.End, StringComparison.Ordinal) is var end and >= 0 ? end : text.Length;
        if (Holds(text, paragraphStart, span.Start, last) || Holds(text, span.End, paragraphEnd, last))
        {
            return "in the quote's paragraph";
        }

        return paragraphStart > 0 && Holds(text, ParagraphStart(text, paragraphStart - 2), paragraphStart, last)
            ? "in the paragraph before" : "further away or not written";
    }

    /// <summary>The last word of a gold speaker's name, the word whose place the error classes look for.</summary>
    private static string LastWord(GoldSpan span) => Words(WithoutDeterminer(span.Speaker!)).LastOrDefault() ?? span.Speaker!;

    private void CountWhere(string key) => _byWhere[key] = _byWhere.TryGetValue(key, out int count) ? count + 1 : 1;

    /// <summary>As <see cref="WhereNamed"/>, with the quote's own sentence (as the engine bounds it) told apart from the rest
    /// of its paragraph.</summary>
    private static string WhereInSentence(string text, GoldSpan span, FoundQuote quote)
    {
        string last = LastWord(span);
        int sentenceEnd = quote.SentenceStart + quote.SentenceLength;
        if (Holds(text, quote.SentenceStart, span.Start, last) || Holds(text, span.End, sentenceEnd, last))
        {
            return "in the quote's sentence";
        }

        string where = WhereNamed(text, span);
        return where == "in the quote's paragraph" ? "elsewhere in the quote's paragraph" : where;
    }

    private static int ParagraphStart(string text, int offset)
        => offset == 0 ? 0 : text.LastIndexOf("\n\n", offset - 1, StringComparison.Ordinal) is var start and >= 0 ? start + 2 : 0;

    private static bool Holds(string text, int start, int end, string word)
        => end > start && text.IndexOf(word, start, end - start, StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// How a wrong speaker's name stands to the gold name, by their words of two letters or more (case-insensitive): a part
    /// of it ("Trump" for "Donald Trump"), the gold name with more words ("Representative Adam Schiff" for "Adam Schiff"),
    /// some words of it and others, or another name. Counts the wrong form of a name apart from someone else, without reading it.
    /// </summary>
    private static string NameForm(string found, string gold)
    {
        var foundWords = new HashSet<string>(Words(WithoutDeterminer(found)), StringComparer.OrdinalIgnoreCase);
        var goldWords = new HashSet<string>(Words(WithoutDeterminer(gold)), StringComparer.OrdinalIgnoreCase);
        return !foundWords.Overlaps(goldWords) ? "another name"
            : foundWords.IsSubsetOf(goldWords) ? PartOfName
            : goldWords.IsSubsetOf(foundWords) ? "the gold name and more words"
            : "some words of the gold name and others";
    }

    private const string PartOfName = "a part of the gold name";

    /// <summary>Where the text writes the whole gold name (case-insensitive): before the quote, only after it, or nowhere.</summary>
    internal static string WhereWritten(string text, GoldSpan span)
        => Holds(text, 0, span.Start, span.Speaker!) ? "before the quote"
            : Holds(text, span.End, text.Length, span.Speaker!) ? "only after the quote" : "nowhere as one string";

    private static IEnumerable<string> Words(string name)
        => name.Split(new[] { ' ', '-', '.', ',', '\'', '\u2019' }, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2);

    private static string WithoutDeterminer(string name)
    {
        foreach (string determiner in new[] { "the ", "a ", "an ", "The ", "A ", "An " })
        {
            if (name.StartsWith(determiner, StringComparison.Ordinal))
            {
                return name.Substring(determiner.Length);
            }
        }

        return name;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";
}
