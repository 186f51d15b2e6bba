using System;
using System.Linq;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Analysis.Attribution.Ranking;
using Xunit;

namespace ArticleGen.Tests.Analysis.Ranking;

/// <summary>The ranker's decoding (<see cref="SpeakerRanker"/>) with hand-made weights, on invented sentences.</summary>
public sealed class SpeakerRankerTests
{
    private const string Undecided = "Maria Lopez met Tom Berg in Paris. \"We will build it.\"";

    private const string Decided = "Maria Lopez met Tom Berg. \"We will win,\" Jo Lee said.";

    /// <summary>Maria Lopez's place in both bodies: before the quote, the second name back, a subject.</summary>
    private static readonly int SecondSubjectBefore = FeatureHash.Of(FeatureTemplate.Rank, 0, 1, 1);

    [Fact]
    public void The_highest_scoring_candidate_is_the_speaker()
        => Assert.Equal(("Maria Lopez", AttributionRule.Ranker), Speaker(Undecided, Model(RankerScope.Undecided, 0, (SecondSubjectBefore, 5))));

    [Fact]
    public void A_speaker_must_beat_no_speaker_by_the_margin()
    {
        Assert.Equal((null, AttributionRule.None), Speaker(Undecided, Model(RankerScope.Undecided, 5, (SecondSubjectBefore, 5))));
        Assert.Equal(("Maria Lopez", AttributionRule.Ranker), Speaker(Undecided, Model(RankerScope.Undecided, 4.5f, (SecondSubjectBefore, 5))));
    }

    [Fact]
    public void A_tie_gives_no_speaker()
        => Assert.Equal((null, AttributionRule.None), Speaker(Undecided, Model(RankerScope.Undecided, 0)));

    [Fact]
    public void No_speaker_wins_when_it_scores_highest()
        => Assert.Equal((null, AttributionRule.None), Speaker(Undecided, Model(RankerScope.Undecided, 0, (SecondSubjectBefore, 5), (FeatureHash.Of(FeatureTemplate.NoneBias), 6))));

    [Fact]
    public void The_undecided_scope_leaves_the_sieve_s_speakers_alone()
        => Assert.Equal(("Jo Lee", AttributionRule.SpeechVerb), Speaker(Decided, Model(RankerScope.Undecided, 0, (SecondSubjectBefore, 5))));

    [Fact]
    public void The_whole_scope_may_replace_or_withdraw_the_sieve_s_speaker()
    {
        Assert.Equal(("Maria Lopez", AttributionRule.Ranker), Speaker(Decided, Model(RankerScope.All, 0, (SecondSubjectBefore, 5))));
        Assert.Equal((null, AttributionRule.None), Speaker(Decided, Model(RankerScope.All, 0, (FeatureHash.Of(FeatureTemplate.NoneBias), 1))));
        var sieveStage = FeatureHash.Of(FeatureTemplate.Sieve, (int)AttributionRule.SpeechVerb, (int)NameKind.Person);
        Assert.Equal(("Jo Lee", AttributionRule.SpeechVerb), Speaker(Decided, Model(RankerScope.All, 0, (sieveStage, 1))));
    }

    [Fact]
    public void Without_a_model_the_sieve_decides_alone()
        => Assert.Equal((null, AttributionRule.None), Speaker(Undecided, null));

    private static RankerModel Model(RankerScope scope, float margin, params (int Feature, float Weight)[] weights)
        => new(scope, margin, weights.Select(w => w.Feature).ToArray(), weights.Select(w => w.Weight).ToArray());

    private static (string? Name, AttributionRule Rule) Speaker(string body, RankerModel? model)
    {
        var quote = Assert.Single(BodyAnalyzer.AnalyzeWith(body, Array.Empty<EntitySurface>(), model, default).Quotes);
        return (quote.SpeakerName, quote.Rule);
    }
}
