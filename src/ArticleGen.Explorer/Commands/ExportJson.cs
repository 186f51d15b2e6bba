using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>Prints the articles as the contract's JSON.</summary>
/// <param name="articles">The articles.</param>
public sealed class ExportJson(IReadOnlyList<Article> articles) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        output.WriteLine(ArticleJson.Serialize(articles));
        return articles.Count == 0 ? ExitCodes.NothingFound : ExitCodes.Found;
    }
}
