using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ArticleGen.Generator.Analysis.Attribution.Ranking;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// Attributes each quote to a speaker with a sieve of stages, most precise first (in the spirit of Muzny et al. 2017):
/// a speech verb after the quote, a speech verb before it in its sentence, "according to X"; the subject found is
/// linked to a declared entity or a name of the text, a pronoun resolved to its antecedent. A quote no stage decides
/// may continue the quote before it, be a first-person quote about its sentence's subject, or take the speaker of the
/// sentence before it. Whenever no stage can decide, the quote has no speaker: a wrong speaker is worse than none.
/// Then a speaker-candidate ranker trained on the dev set (<see cref="SpeakerRanker"/>) decides the speech quotes of its
/// scope, the sieve's speaker and stage among its features.
/// </summary>
internal sealed class SpeakerAttributor
{
    private readonly AttributionContext _context;
    private readonly AttributionSieve[] _sieves;
    private readonly SpeakerLinker _linker;
    private readonly PronounResolver _pronouns;
    private readonly ContinuationSieve _continuation;
    private readonly SpeechClassifier _classifier;
    private readonly PreviousSentenceSieve _previousSentence;
    private readonly FirstPersonSieve _firstPerson;
    private readonly RankerModel? _ranker;

    /// <param name="context">The document and the decisions so far.</param>
    /// <param name="ranker">The ranker's model, or null for the sieve alone.</param>
    public SpeakerAttributor(AttributionContext context, RankerModel? ranker)
    {
        _context = context;
        _ranker = ranker;
        _linker = new SpeakerLinker(context);
        var subjects = new SubjectFinder(context, _linker);
        _sieves =
        [
            new TrailingCueSieve(context, subjects),
            new LeadingCueSieve(context, subjects),
            new AccordingToSieve(context, subjects),
            new ColonSieve(context, subjects),
        ];
        _pronouns = new PronounResolver(context);
        _continuation = new ContinuationSieve(context);
        _classifier = new SpeechClassifier(context);
        _previousSentence = new PreviousSentenceSieve(context, subjects);
        _firstPerson = new FirstPersonSieve(context, subjects);
    }

    private BodyDocument Document => _context.Document;

    public ImmutableArray<FoundQuote> Attribute(CancellationToken cancellationToken)
    {
        var quotes = Document.Quotes;
        var speech = Sieve(cancellationToken);
        if (_ranker is not null)
        {
            new SpeakerRanker(_ranker).Rank(_context, new CandidateFeatures(_context, _linker), speech, cancellationToken);
        }

        var result = ImmutableArray.CreateBuilder<FoundQuote>(quotes.Length);
        for (int q = 0; q < quotes.Length; q++)
        {
            var (sentenceStart, sentenceEnd) = SentenceSpan(q);
            var speaker = speech[q] ? _context.Speakers[q] : null;
            result.Add(new FoundQuote(
                quotes[q].Start,
                quotes[q].Length,
                sentenceStart,
                sentenceEnd - sentenceStart,
                speaker?.Entity ?? -1,
                speaker?.Name,
                speaker is null ? AttributionRule.None : _context.Rules[q],
                speech[q]));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// Runs the sieve, then gives the candidates of every speech quote the ranker may decide to the sink that
    /// <paramref name="sinkFor"/> returns for it (null: skip the quote), with the sieve's speaker: for the training tool.
    /// </summary>
    public void VisitCandidates(Func<RawQuote, Speaker?, ICandidateSink?> sinkFor, CancellationToken cancellationToken)
    {
        var speech = Sieve(cancellationToken);
        var features = new CandidateFeatures(_context, _linker);
        for (int q = 0; q < speech.Length; q++)
        {
            if (speech[q] && SpeakerRanker.MayDecide(_context, features, q) && sinkFor(Document.Quotes[q], features.SieveSpeaker(q)) is { } sink)
            {
                features.Extract(q, sink);
            }
        }
    }

    /// <summary>The stages in order, then the speech classifier: which quotes are speech.</summary>
    private bool[] Sieve(CancellationToken cancellationToken)
    {
        var quotes = Document.Quotes;
        for (int q = 0; q < quotes.Length; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Document.OpenToken[q] >= 0 && !TrySieves(q) && !_context.UnresolvedClause[q] && !_continuation.TryContinue(q)
                && !(_firstPerson.Find(q) is { } subject && TryDecide(q, subject)))
            {
                TryPreviousSentence(q);
            }
        }

        _continuation.FillMultiParagraphQuotes();
        var speech = new bool[quotes.Length];
        for (int q = 0; q < quotes.Length; q++)
        {
            speech[q] = Document.OpenToken[q] < 0 || _classifier.IsSpeech(q);
        }

        return speech;
    }

    /// <summary>The first stage that finds a subject decides, if the subject resolves to a speaker.</summary>
    private bool TrySieves(int q)
    {
        foreach (var sieve in _sieves)
        {
            if (sieve.Find(q) is { } subject)
            {
                return TryDecide(q, subject);
            }
        }

        return false;
    }

    private void TryPreviousSentence(int q)
    {
        if (_previousSentence.Find(q) is { } subject)
        {
            TryDecide(q, subject);
        }
        else if (_previousSentence.PreviousQuoteSpeaker(q) is { } speaker)
        {
            _context.Decide(q, speaker, AttributionRule.Continuation);
        }
    }

    private bool TryDecide(int q, Subject subject)
    {
        var speaker = subject.Pronoun != PronounKind.None
            ? _pronouns.Resolve(subject.Pronoun, _context.Tokens[subject.FirstToken].Start, q)
            : subject.Nominal ? _linker.LinkNominal(subject.FirstToken) : _linker.Link(subject.FirstToken, subject.EndToken);
        if (speaker is not { } found)
        {
            return false;
        }

        var rule = subject.Pronoun != PronounKind.None && subject.Rule is not (AttributionRule.PreviousSentence or AttributionRule.FirstPerson)
            ? AttributionRule.Pronoun
            : subject.Rule;
        _context.Decide(q, found, rule, subject.LastToken);
        return true;
    }

    private (int Start, int End) SentenceSpan(int q)
    {
        var tokens = _context.Tokens;
        int open = Document.OpenToken[q];
        if (open < 0)
        {
            return (Document.Quotes[q].OpenMark, Document.Quotes[q].RegionEnd);
        }

        int last = Document.CloseToken[q] >= 0 ? Document.CloseToken[q] : open;
        while (last + 1 < tokens.Count && tokens[last + 1].Quote == q)
        {
            last++;
        }

        last = Math.Max(last, _context.AttributionEnd[q]);
        var first = Document.Sentences[Document.TokenSentence[open]];
        var final = Document.Sentences[Document.TokenSentence[last]];
        return (tokens[first.FirstToken].Start, tokens[final.EndToken - 1].End);
    }
}
