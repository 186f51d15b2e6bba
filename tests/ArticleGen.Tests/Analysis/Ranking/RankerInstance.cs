using System.Collections.Generic;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Analysis.Attribution.Ranking;

namespace ArticleGen.Tests.Analysis.Ranking;

/// <summary>A speech quote of a gold article with its speaker candidates ("no speaker" first) and the index of the
/// right one: the candidate named as the gold speaker, else "no speaker" (a wrong speaker is worse than none).</summary>
/// <param name="Article">Index of the article in its gold set (for the folds).</param>
/// <param name="SieveDecided">Whether the sieve gave the quote a speaker.</param>
/// <param name="Candidates">Each candidate's features.</param>
/// <param name="Gold">Index of the right candidate.</param>
internal sealed record RankerInstance(int Article, bool SieveDecided, IReadOnlyList<int[]> Candidates, int Gold);

/// <summary>Records the candidates that <see cref="CandidateFeatures"/> gives it.</summary>
internal sealed class RecordingSink : ICandidateSink
{
    private readonly List<int> _current = new();

    public List<int[]> Candidates { get; } = new();

    public List<Speaker?> Speakers { get; } = new();

    public void Begin(Speaker? speaker)
    {
        Flush();
        Speakers.Add(speaker);
    }

    public void Add(int feature) => _current.Add(feature);

    /// <summary>Closes the last candidate.</summary>
    public void Flush()
    {
        if (Speakers.Count > Candidates.Count)
        {
            Candidates.Add(_current.ToArray());
        }

        _current.Clear();
    }
}
