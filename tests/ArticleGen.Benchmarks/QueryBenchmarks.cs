using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace ArticleGen.Benchmarks;

/// <summary>(d) ArticleLibrary queries over the compiled corpus (10,000 articles), indexes built in set-up.</summary>
[ShortJob]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private ArticleLibrary _library = null!;
    private Entity _entity = null!;

    [GlobalSetup]
    public void Setup()
    {
        _library = new ArticleLibrary(BuiltCorpus.LoadArticles());
        _entity = _library.FindEntity("boris-johnson")!;
        _library.Search("warm up");
    }

    [Benchmark(Description = "Full-text search, top 10")]
    public IReadOnlyList<SearchHit> Search() => _library.Search("hong kong protest police", 10);

    [Benchmark(Description = "Entity lookup by id")]
    public Entity? FindEntity() => _library.FindEntity("united-nations");

    [Benchmark(Description = "Articles mentioning an entity")]
    public IReadOnlyList<Article> ArticlesMentioning() => _library.ArticlesMentioning(_entity);

    [Benchmark(Description = "Quotes by speaker name")]
    public IReadOnlyList<Quote> QuotesBy() => _library.QuotesBy("Boris Johnson");

    [Benchmark(Description = "Build the library's indexes (entities, search)")]
    public int BuildIndexes()
    {
        var library = new ArticleLibrary(_library.Articles);
        return library.EntityCounts.Count + library.Search("index", 1).Count;
    }
}
