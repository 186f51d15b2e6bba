using System;

namespace ArticleGen.Explorer.Web;

/// <summary>A query string the site cannot answer; the message says why and becomes a 400 page.</summary>
public sealed class BadQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the query is wrong.</param>
    public BadQueryException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public BadQueryException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Why the query is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
