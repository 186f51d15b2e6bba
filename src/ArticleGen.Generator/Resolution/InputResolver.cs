using System.Linq;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Resolution;

/// <summary>Picks out of the compilation-wide tables what one article needs (cheap; runs on every table change).</summary>
internal static class InputResolver
{
    public static AnalysisInput Resolve(ArticleContent article, EntityTable entities, ArticleNameTable names, GeneratorOptions options) =>
        new(
            article,
            article.Entities.Select(d => Resolve(d, entities)).ToEquatableArray(),
            names.Excludes(article.FilePath),
            options);

    private static ResolvedEntity Resolve(EntityDeclaration declaration, EntityTable entities)
    {
        EntityModel? entity = entities.Find(declaration.Id);
        if (entity is not null || declaration.IsDefinition)
        {
            return new ResolvedEntity(declaration, entity);
        }

        // An id used but defined nowhere (rare): the diagnostic offers the closest id that is defined.
        return new ResolvedEntity(declaration, null, Suggestions.Closest(declaration.Id, entities.Entities.Select(e => e.Id)));
    }
}
