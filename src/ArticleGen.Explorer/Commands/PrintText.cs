using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>Prints a fixed text.</summary>
/// <param name="text">The text.</param>
public sealed class PrintText(string text) : ICommand
{
    /// <inheritdoc />
    public int Run(TextWriter output)
    {
        output.WriteLine(text);
        return ExitCodes.Found;
    }
}
