using System.Linq;
using System.Text;
using ArticleGen.Tests.Infrastructure;

namespace ArticleGen.Fuzzing;

/// <summary>A random entity, written into an article's front matter.</summary>
internal sealed record EntitySpec(string Id, string Name, string Kind, string[] Aliases, string? Role, string? Wikidata);

/// <summary>A random article whose every value is known, so the generated objects can be compared with it.</summary>
internal sealed record ArticleSpec(string Title, string Id, string? Source, string[] Authors, string[] Tags, EntitySpec[] Entities, string Body)
{
    /// <summary>The id the article gets in a batch: unique, and its C# name too (the index is followed by a letter).</summary>
    public string UniqueId(int index) => "a" + index + "x-" + Id;

    public static string EntityId(int article, int entity, EntitySpec spec) => "e" + article + "x" + entity + "x-" + spec.Id;

    public static string Path(int index) => "articles/" + index + ".md";

    /// <summary>The body the article must have: line endings normalised to \n.</summary>
    public string ExpectedBody => Body.Replace("\r\n", "\n", System.StringComparison.Ordinal).Replace('\r', '\n');

    public string Write(int index)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(Yaml.Quote(Title)).Append('\n');
        text.Append("id: ").Append(Yaml.Quote(UniqueId(index))).Append('\n');
        if (Source is not null)
        {
            text.Append("source: ").Append(Yaml.Quote(Source)).Append('\n');
        }

        text.Append("authors: [").Append(string.Join(", ", Authors.Select(Yaml.Quote))).Append("]\n");
        text.Append("tags: [").Append(string.Join(", ", Tags.Select(Yaml.Quote))).Append("]\n");
        text.Append("entities:\n");
        for (int i = 0; i < Entities.Length; i++)
        {
            EntitySpec e = Entities[i];
            text.Append("  ").Append(Yaml.Quote(EntityId(index, i, e))).Append(":\n");
            text.Append("    name: ").Append(Yaml.Quote(e.Name)).Append('\n');
            text.Append("    kind: ").Append(e.Kind).Append('\n');
            text.Append("    aliases: [").Append(string.Join(", ", e.Aliases.Select(Yaml.Quote))).Append("]\n");
            if (e.Role is not null)
            {
                text.Append("    role: ").Append(Yaml.Quote(e.Role)).Append('\n');
            }

            if (e.Wikidata is not null)
            {
                text.Append("    wikidata: ").Append(Yaml.Quote(e.Wikidata)).Append('\n');
            }
        }

        return text.Append("---\n").Append(Body).ToString();
    }
}
