using System;
using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Resolution;

/// <summary>Picks out of the compilation-wide tables what one article needs (cheap; runs on every table change).</summary>
internal static class InputResolver
{
    public static AnalysisInput Resolve(ParsedArticle article, EntityTable entities, ArticleNameTable names, GeneratorOptions options) =>
        new(
            article,
            (article.Format == ArticleFormat.PlainText ? EntitiesNamedIn(article, entities) : article.Entities.Select(d => new ResolvedEntity(d, entities.Find(d.Id))))
                .ToEquatableArray(),
            names.Excludes(article.FilePath),
            options);

    /// <summary>
    /// A plain-text article declares nothing, so it uses the project's entities whose name or an alias occurs in its
    /// body (the whole-word check is the mention finder's): <c>People.X</c> finds its quotes in <c>.txt</c> articles too.
    /// </summary>
    private static IEnumerable<ResolvedEntity> EntitiesNamedIn(ParsedArticle article, EntityTable entities)
    {
        string body = article.Body.Text;
        foreach (EntityModel entity in entities.Entities)
        {
            if (Occurs(body, entity.Name) || entity.Aliases.AsImmutableArray().Any(alias => Occurs(body, alias)))
            {
                var use = new EntityDeclaration(entity.Id, null, null, EquatableArray<string>.Empty, null, null, SourceLocation.FileStart(article.FilePath));
                yield return new ResolvedEntity(use, entity);
            }
        }
    }

    private static bool Occurs(string body, string form) => form.Length > 0 && body.IndexOf(form, StringComparison.Ordinal) >= 0;
}
