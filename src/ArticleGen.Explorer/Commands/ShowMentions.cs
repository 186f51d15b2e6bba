using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ArticleGen.Explorer.Commands;

/// <summary>Prints the articles that mention an entity, each mention with its context.</summary>
/// <param name="articles">The articles.</param>
/// <param name="entity">The entity.</param>
public sealed class ShowMentions(IReadOnlyList<Article> articles, Entity entity) : ICommand
{
    private const int Context = 40;

    /// <inheritdoc />
    public void Run(TextWriter output)
    {
        output.WriteLine($"{entity.Name} ({Text.KindName(entity.Kind)}){(entity.Role is null ? string.Empty : ", " + entity.Role)}");
        foreach (Article article in articles)
        {
            List<Mention> mentions = article.MentionsOf(entity).ToList();
            if (mentions.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"{article.Title} ({Text.Plural(mentions.Count, "mention")})");
            foreach (Mention mention in mentions)
            {
                output.WriteLine("  " + Text.InContext(article.Body, mention.Span, Context));
            }
        }
    }
}
