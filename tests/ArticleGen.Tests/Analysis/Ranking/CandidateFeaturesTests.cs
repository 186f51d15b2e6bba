using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Analysis.Attribution.Ranking;
using Xunit;

namespace ArticleGen.Tests.Analysis.Ranking;

/// <summary>The speaker ranker's candidates and features (<see cref="CandidateFeatures"/>), on invented sentences.</summary>
public sealed class CandidateFeaturesTests
{
    [Fact]
    public void No_speaker_comes_first_then_the_names_nearest_first()
    {
        // The persons and organisations of the name finder, nearest first, then the names only the scan of the
        // sentences around the quote finds (a place, here).
        var sink = Single("Maria Lopez met Tom Berg in Paris. \"We will build it.\"");
        Assert.Equal([null, "Tom Berg", "Maria Lopez", "Paris"], Names(sink));
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Source, 1, (int)NameKind.Unknown, 0), sink.Candidates[3]);
    }

    [Fact]
    public void The_sieve_s_speaker_comes_first_with_its_stage_as_a_feature()
    {
        var sink = Single("Maria Lopez met Tom Berg. \"We will win,\" Jo Lee said.");
        Assert.Equal([null, "Jo Lee", "Tom Berg", "Maria Lopez"], Names(sink));
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Sieve, (int)AttributionRule.SpeechVerb, (int)NameKind.Person), sink.Candidates[1]);
        Assert.DoesNotContain(FeatureHash.Of(FeatureTemplate.Sieve, (int)AttributionRule.SpeechVerb, (int)NameKind.Person), sink.Candidates[2]);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.NoneSieve, (int)AttributionRule.SpeechVerb, 0), sink.Candidates[0]);
    }

    [Fact]
    public void Where_a_name_stands_is_a_feature_subject_and_rank_among_them()
    {
        var sink = Single("Maria Lopez met Tom Berg in Paris. \"We will build it.\"");

        // Tom Berg: nearest before the quote (rank 0), an object; Maria Lopez: the next (rank 1), a subject.
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Rank, 0, 0, 0), sink.Candidates[1]);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Rank, 0, 1, 1), sink.Candidates[2]);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.Nearest, 0, 1, 1), sink.Candidates[2]);
    }

    [Fact]
    public void A_speech_verb_next_to_a_name_is_a_feature()
    {
        var sink = Single("Ann Cole said the road was closed. Tom Berg met her. \"We will build it.\"");
        int said = Names(sink).IndexOf("Ann Cole");
        int met = Names(sink).IndexOf("Tom Berg");
        Assert.Contains(FeatureHash.Of(FeatureTemplate.VerbLink, 0, 2, 1), sink.Candidates[said]);
        Assert.Contains(FeatureHash.Of(FeatureTemplate.VerbLink, 0, 1, 0), sink.Candidates[met]);
    }

    [Fact]
    public void A_role_noun_near_the_quote_is_a_candidate()
    {
        var sink = Single("The researchers found coral in the bay. \"Macroalgae disrupt the reef.\"");
        Assert.Contains("researchers", Names(sink));
    }

    [Fact]
    public void A_capitalised_word_that_opens_a_sentence_is_no_candidate()
    {
        var sink = Single("Creating the suits took years. \"It is like an oven.\"");
        Assert.Equal([null], Names(sink));
    }

    [Fact]
    public void A_quote_that_an_unresolved_speech_clause_introduces_gets_no_candidates()
    {
        Assert.Empty(Visit("Tom Berg met a crowd. \"No,\" said a protester using the pseudonym Katya."));
        Assert.Empty(Visit("A friend of Jo Smith said \"No.\""));
    }

    [Fact]
    public void The_features_are_the_same_every_time()
    {
        const string body = "Maria Lopez met Tom Berg in Paris. \"We will build it.\" Police said the site was safe.";
        Assert.Equal(Single(body).Candidates, Single(body).Candidates);
    }

    [Fact]
    public void The_window_is_bounded_however_many_names_come_before()
    {
        var body = new StringBuilder();
        for (int i = 0; i < 2000; i++)
        {
            body.Append("Ann Cole").Append(i % 10).Append(" met Tom Berg").Append(i % 7).Append(". ");
        }

        body.Append("\"We will build it.\"");
        var sink = Single(body.ToString().Replace("0", "Zero", StringComparison.Ordinal));
        Assert.True(sink.Candidates.Count <= 1 + 2 + CandidateFeatures.MaxBefore + CandidateFeatures.MaxAfter + CandidateFeatures.MaxNearbyTokens);
    }

    private static List<string?> Names(RecordingSink sink) => sink.Speakers.Select(s => s?.Name).ToList();

    private static RecordingSink Single(string body) => Assert.Single(Visit(body));

    private static List<RecordingSink> Visit(string body)
    {
        var sinks = new List<RecordingSink>();
        BodyAnalyzer.VisitCandidates(body, Array.Empty<EntitySurface>(), (_, _) =>
        {
            var sink = new RecordingSink();
            sinks.Add(sink);
            return sink;
        }, default);
        sinks.ForEach(s => s.Flush());
        return sinks;
    }
}
