using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using ArticleGen.Generator.Analysis;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Resolution;

/// <summary>Picks out of the compilation-wide tables what one article needs (cheap; runs on every table change).</summary>
internal static class InputResolver
{
    public static AnalysisInput Resolve(ArticleContent article, EntityTable entities, ArticleNameTable names, GeneratorOptions options) =>
        new(
            article,
            (article.Format == ArticleFormat.PlainText ? EntitiesNamedIn(article, entities) : article.Entities.Select(d => Resolve(d, entities)))
                .ToEquatableArray(),
            names.Excludes(article.FilePath),
            options);

    /// <summary>The form index of each entity table, built once for all the plain-text articles that meet it.</summary>
    private static readonly ConditionalWeakTable<EntityTable, MentionFinder.FormIndex> Indexes = new();

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

    /// <summary>
    /// A plain-text article declares nothing, so it uses the project's entities that its body mentions (whole words, as
    /// the mention finder finds them): <c>People.X</c> finds its quotes in <c>.txt</c> articles too. One scan of the body
    /// over an index of every entity's forms, so the cost does not grow with the number of entities.
    /// </summary>
    private static IEnumerable<ResolvedEntity> EntitiesNamedIn(ArticleContent article, EntityTable entities)
    {
        var index = Indexes.GetValue(entities, table => MentionFinder.BuildIndex(
            table.Entities.Select(EntitySurface.Of).ToList()));
        var mentioned = new SortedSet<int>(MentionFinder.Find(article.Body, index, CancellationToken.None).Select(m => m.Entity));
        foreach (int entity in mentioned)
        {
            EntityModel model = entities.Entities[entity];
            yield return new ResolvedEntity(new EntityDeclaration(model.Id, null, null, EquatableArray<string>.Empty, null, null), model);
        }
    }
}
