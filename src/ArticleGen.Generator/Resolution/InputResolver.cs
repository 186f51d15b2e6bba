using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Resolution;

/// <summary>Picks out of the compilation-wide tables what one article needs (cheap; runs on every table change).</summary>
internal static class InputResolver
{
    public static AnalysisInput Resolve(ParsedArticle article, EntityTable entities, ArticleNameTable names, GeneratorOptions options) =>
        new(
            article,
            article.Entities.Select(d => new ResolvedEntity(d, entities.Find(d.Id))).ToEquatableArray(),
            names.Excludes(article.FilePath),
            options);
}
