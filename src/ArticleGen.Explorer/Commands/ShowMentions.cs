using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>The articles that mention an entity, each mention with its context.</summary>
/// <param name="library">The articles.</param>
/// <param name="entity">The entity.</param>
/// <param name="json">Whether to print JSON.</param>
public sealed class ShowMentions(ArticleLibrary library, Entity entity, bool json) : ICommand
{
    private const int Context = 40;

    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        IReadOnlyList<Article> articles = library.ArticlesMentioning(entity);
        if (json)
        {
            JsonOutput.Write(output, writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("entity", entity.Id);
                writer.WriteStartArray("articles");
                foreach (Article article in articles)
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", article.Id);
                    writer.WriteStartArray("mentions");
                    foreach (Mention mention in article.MentionsOf(entity))
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("start", mention.Span.Start);
                        writer.WriteNumber("length", mention.Span.Length);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            return articles.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
        }

        output.WriteLine($"{entity.Name} ({Text.KindName(entity.Kind)}){(entity.Role is null ? string.Empty : ", " + entity.Role)}");
        if (articles.Count == 0)
        {
            output.WriteLine("No article mentions it.");
        }

        foreach (Article article in articles)
        {
            IReadOnlyList<Mention> mentions = article.MentionsOf(entity);
            output.WriteLine();
            output.WriteLine($"{article.Title} ({Text.Plural(mentions.Count, "mention")})");
            foreach (Mention mention in mentions)
            {
                output.WriteLine("  " + Text.InContext(article.Body, mention.Span, Context));
            }
        }

        return articles.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
    }
}
