using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>One thing the explorer can do.</summary>
public interface ICommand
{
    /// <summary>Writes the command's output.</summary>
    /// <param name="output">Where to write.</param>
    /// <returns><see cref="ExitCodes.Found"/>, or <see cref="ExitCodes.NothingFound"/> when the output is empty of results.</returns>
    int Run(TextWriter output);
}
