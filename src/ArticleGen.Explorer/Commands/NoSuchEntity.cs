using System.Collections.Generic;
using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>What a command about an entity prints when no entity answers to the name given: nothing found.</summary>
/// <param name="text">The name given.</param>
/// <param name="library">The articles, for entities with a similar name.</param>
public sealed class NoSuchEntity(string text, ArticleLibrary library) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        output.WriteLine($"No entity is called '{text}'.");
        IReadOnlyList<string> similar = EntityArgument.Similar(text, library);
        if (similar.Count > 0)
        {
            output.WriteLine("Did you mean: " + string.Join(", ", similar) + "?");
        }

        return ExitCodes.NothingFound;
    }
}
