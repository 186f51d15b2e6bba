using System.Linq;
using ArticleGen.Generator.Analysis;
using static ArticleGen.Tests.Analysis.AnalysisTestHelpers;

namespace ArticleGen.Tests.Analysis.Stages;

/// <summary>Each quote of an invented body as (speaker, deciding stage, speech or not).</summary>
internal static class StageAssert
{
    public static (string? Speaker, AttributionRule Rule, bool IsSpeech)[] Quotes(string body)
        => Analyze(body).Quotes.Select(q => (q.SpeakerName, q.Rule, q.IsSpeech)).ToArray();
}
