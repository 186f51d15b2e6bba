using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// The speaker ranker's weights (one per hashed feature, <see cref="FeatureHash"/>) and the quotes it decides. The
/// shipped model is <see cref="RankerWeights"/>, trained on the dev set's gold annotations.
/// </summary>
internal sealed class RankerModel
{
    private readonly float[] _weights = new float[FeatureHash.Size];

    /// <param name="scope">Which quotes the ranker decides.</param>
    /// <param name="margin">How much more than "no speaker" a speaker must score to be chosen.</param>
    /// <param name="features">Features with a weight other than zero.</param>
    /// <param name="weights">Their weights, in the same order.</param>
    public RankerModel(RankerScope scope, float margin, IReadOnlyList<int> features, IReadOnlyList<float> weights)
    {
        Scope = scope;
        Margin = margin;
        for (int i = 0; i < features.Count && i < weights.Count; i++)
        {
            _weights[features[i] & (FeatureHash.Size - 1)] = weights[i];
        }
    }

    /// <summary>The model shipped in the generator.</summary>
    public static RankerModel Shipped { get; } = new(RankerWeights.Scope, RankerWeights.Margin, RankerWeights.Features, RankerWeights.Weights);

    public RankerScope Scope { get; }

    /// <summary>How much more than "no speaker" a speaker must score to be chosen: a wrong speaker is worse than none.</summary>
    public float Margin { get; }

    public float Weight(int feature) => _weights[feature];
}
