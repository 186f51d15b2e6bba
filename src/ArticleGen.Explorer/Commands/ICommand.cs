using System.IO;

namespace ArticleGen.Explorer.Commands;

/// <summary>One thing the explorer can do.</summary>
public interface ICommand
{
    /// <summary>Writes the command's output.</summary>
    /// <param name="output">Where to write.</param>
    void Run(TextWriter output);
}
