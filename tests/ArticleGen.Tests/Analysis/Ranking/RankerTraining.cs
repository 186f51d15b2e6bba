using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Analysis.Attribution.Ranking;
using ArticleGen.Tests.Analysis.Evaluation;
using Xunit;
using Xunit.Abstractions;

namespace ArticleGen.Tests.Analysis.Ranking;

/// <summary>
/// The speaker ranker's training and model selection, on the dev set only (the test set is never read here):
/// <list type="bullet">
/// <item>cross-validation over dev articles (5 folds by article; train on 4, analyse the 5th end to end with that
/// model), for each scope and number of epochs, beside the sieve alone: the honest dev estimate;</item>
/// <item>the shipped weights are exactly what training on the whole dev set with the chosen settings gives; with
/// <c>ARTICLEGEN_TRAIN_RANKER=1</c> the test writes them instead (docs/quote-attribution.md, "The speaker ranker").</item>
/// </list>
/// </summary>
public sealed class RankerTraining
{
    /// <summary>The settings chosen by cross-validation (docs/quote-attribution.md).</summary>
    private const RankerScope ChosenScope = RankerScope.Undecided;

    private const int ChosenEpochs = 10;

    private const float ChosenMargin = 4;

    private const int Folds = 5;

    private static readonly int[] EpochChoices = [5, 10, 20];

    private static readonly float[] MarginChoices = [0, 2, 4, 8, 16];

    private static readonly Lazy<IReadOnlyList<GoldArticle>> Dev = new(() => GoldSet.Load("dev"));

    private static readonly Lazy<List<RankerInstance>> DevInstances = new(() => RankerTrainer.Instances(Dev.Value));

    private readonly ITestOutputHelper _output;

    public RankerTraining(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Cross_validated_on_dev_articles()
    {
        var sieve = Score(Dev.Value, Enumerable.Range(0, Dev.Value.Count), null);
        _output.WriteLine("| dev set, 5-fold cross-validation over articles | attribution P | R | F1 | right / given / gold |");
        _output.WriteLine("|---|---|---|---|---|");
        _output.WriteLine(sieve.Attribution.Row("sieve alone (no training; tuned on dev)"));
        double chosen = 0;
        foreach (var scope in new[] { RankerScope.Undecided, RankerScope.All })
        {
            foreach (int epochs in EpochChoices)
            {
                foreach (float margin in MarginChoices)
                {
                    var score = CrossValidate(scope, epochs, margin);
                    _output.WriteLine(score.Attribution.Row($"ranker, {scope}, {epochs} epochs, margin {margin}"));
                    if (scope == ChosenScope && epochs == ChosenEpochs && margin == ChosenMargin)
                    {
                        chosen = score.Attribution.F1;
                    }
                }
            }
        }

        Assert.True(chosen >= CrossValidatedFloor, $"cross-validated dev F1 {chosen:0.000} < {CrossValidatedFloor}");
    }

    [Fact]
    public void Shipped_weights_are_the_weights_trained_on_the_dev_set()
    {
        var instances = DevInstances.Value;
        var model = RankerTrainer.Train(instances, ChosenScope, ChosenEpochs);
        string source = RankerTrainer.Source(ChosenScope, ChosenMargin, ChosenEpochs, Dev.Value.Count, instances.Count(i => ChosenScope == RankerScope.All || !i.SieveDecided), model);
        string path = Path.Combine(RepositoryRoot(), "src", "ArticleGen.Generator", "Analysis", "Attribution", "Ranking", "RankerWeights.cs");
        if (Environment.GetEnvironmentVariable("ARTICLEGEN_TRAIN_RANKER") == "1")
        {
            // The generator is compiled before this runs: the written weights ship from the next build.
            File.WriteAllText(path, source);
            return;
        }

        Assert.Equal(source, File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(ChosenScope, RankerWeights.Scope);
        Assert.Equal(ChosenMargin, RankerWeights.Margin);
    }

    /// <summary>Floor on the chosen settings' cross-validated dev F1, a little under the figure measured.</summary>
    private const double CrossValidatedFloor = 0.878;

    private QuoteScore CrossValidate(RankerScope scope, int epochs, float margin)
    {
        var score = new QuoteScore();
        for (int fold = 0; fold < Folds; fold++)
        {
            var training = DevInstances.Value.Where(i => i.Article % Folds != fold);
            var (features, weights) = RankerTrainer.Train(training, scope, epochs);
            var model = new RankerModel(scope, margin, features, weights);
            foreach (int a in Enumerable.Range(0, Dev.Value.Count).Where(a => a % Folds == fold))
            {
                score.Add(Dev.Value[a], BodyAnalyzer.AnalyzeWith(Dev.Value[a].Text, Array.Empty<EntitySurface>(), model, default));
            }
        }

        return score;
    }

    private static QuoteScore Score(IReadOnlyList<GoldArticle> articles, IEnumerable<int> which, RankerModel? model)
    {
        var score = new QuoteScore();
        foreach (int a in which)
        {
            score.Add(articles[a], BodyAnalyzer.AnalyzeWith(articles[a].Text, Array.Empty<EntitySurface>(), model, default));
        }

        return score;
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", ".."));
}
