namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// Receives a quote's speaker candidates and their hashed features as <see cref="CandidateFeatures"/> finds them: the
/// ranker scores them on the fly (no feature is stored), the training tool records them.
/// </summary>
internal interface ICandidateSink
{
    /// <summary>Starts the next candidate: a speaker, or null for "no speaker".</summary>
    void Begin(Speaker? speaker);

    /// <summary>Adds a feature (an index into the model's weights) to the current candidate.</summary>
    void Add(int feature);
}
