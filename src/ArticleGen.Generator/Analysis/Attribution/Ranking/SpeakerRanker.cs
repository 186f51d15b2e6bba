using System.Threading;

namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// Decides a speech quote's speaker as the highest-scoring of its candidates (<see cref="CandidateFeatures"/>; the score
/// is the sum of the features' weights; on a tie the earlier candidate), "no speaker" unless the best speaker scores
/// more than the model's margin above it. A speaker other than the
/// sieve's is recorded as <see cref="AttributionRule.Ranker"/>; "no speaker" withdraws the sieve's speaker.
/// </summary>
internal sealed class SpeakerRanker : ICandidateSink
{
    private readonly RankerModel _model;
    private Speaker? _current;
    private float _score;
    private bool _started;
    private Speaker? _best;
    private float _bestScore;
    private float _noneScore;

    public SpeakerRanker(RankerModel model) => _model = model;

    /// <summary>Ranks the candidates of every speech quote in the model's scope and records the decisions.</summary>
    public void Rank(AttributionContext context, CandidateFeatures features, bool[] speech, CancellationToken cancellationToken)
    {
        for (int q = 0; q < speech.Length; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sieve = features.SieveSpeaker(q);
            if (!speech[q] || !MayDecide(context, features, q) || (_model.Scope == RankerScope.Undecided && sieve is not null))
            {
                continue;
            }

            if (Best(features, q) is not { } chosen)
            {
                context.Withdraw(q);
            }
            else if (sieve is not { } proposed || proposed.Name != chosen.Name)
            {
                context.Decide(q, chosen, AttributionRule.Ranker);
            }
        }
    }

    /// <summary>
    /// Whether the ranker may decide quote <paramref name="q"/>: its opening mark is a token, and it is not a quote that
    /// the sieve left without a speaker because a speech clause introduces it whose subject no stage resolved ("…,” said
    /// a protester using the pseudonym Katya", "A friend of Jo Smith said “…”"): someone the text does not name speaks,
    /// and any candidate would be a wrong speaker.
    /// </summary>
    public static bool MayDecide(AttributionContext context, CandidateFeatures features, int q)
    {
        var document = context.Document;
        int open = document.OpenToken[q];
        return open >= 0
            && (features.SieveSpeaker(q) is not null
                || !(context.UnresolvedClause[q] || SpeechCues.HasSpeechVerbBefore(document, document.Sentences[document.TokenSentence[open]].FirstToken, open)));
    }

    /// <summary>The best candidate of quote <paramref name="q"/>, or null for "no speaker".</summary>
    public Speaker? Best(CandidateFeatures features, int q)
    {
        _best = null;
        _bestScore = float.NegativeInfinity;
        _started = false;
        features.Extract(q, this);
        Close();
        return _best is not null && _bestScore > _noneScore + _model.Margin ? _best : null;
    }

    public void Begin(Speaker? speaker)
    {
        Close();
        _current = speaker;
        _score = 0;
        _started = true;
    }

    public void Add(int feature) => _score += _model.Weight(feature);

    private void Close()
    {
        if (_started && _current is null)
        {
            _noneScore = _score;
        }
        else if (_started && _score > _bestScore)
        {
            _best = _current;
            _bestScore = _score;
        }

        _started = false;
    }
}
