using System;

namespace ArticleGen.Explorer.Commands;

/// <summary>A command line the explorer cannot run; the message says why.</summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the command line.</param>
    public UsageException(string message)
        : base(message)
    {
    }
}
