using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Explorer.Commands;

/// <summary>The arguments after a command's verb: positionals, flags, and options with a value.</summary>
public sealed class Arguments
{
    private readonly string _verb;
    private readonly List<string> _positionals = new();
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    /// <summary>Splits the arguments, knowing which options take a value.</summary>
    /// <param name="verb">The command, for error messages.</param>
    /// <param name="args">The arguments after the verb.</param>
    /// <param name="valued">The options that take a value (<c>--top 5</c>).</param>
    /// <param name="flags">The options that take none (<c>--json</c>).</param>
    /// <exception cref="UsageException">An unknown option, or a valued option without its value.</exception>
    public Arguments(string verb, IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        _verb = verb;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                _positionals.Add(arg);
            }
            else if (((ICollection<string>)valued).Contains(arg))
            {
                if (i + 1 >= args.Count)
                {
                    throw new UsageException($"'{verb} {arg}' needs a value");
                }

                _options[arg] = args[++i];
            }
            else if (((ICollection<string>)flags).Contains(arg))
            {
                _options[arg] = null;
            }
            else
            {
                throw new UsageException($"'{verb}' has no option '{arg}'");
            }
        }
    }

    /// <summary>The positional arguments.</summary>
    public IReadOnlyList<string> Positionals => _positionals;

    /// <summary>Whether a flag was given.</summary>
    /// <param name="name">The flag.</param>
    /// <returns><see langword="true"/> if given.</returns>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option, or null.</summary>
    /// <param name="name">The option.</param>
    /// <returns>Its value.</returns>
    public string? Value(string name) => _options.TryGetValue(name, out string? value) ? value : null;

    /// <summary>The one positional argument the command needs.</summary>
    /// <param name="what">What it is, for the error message.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="UsageException">None, or more than one.</exception>
    public string One(string what)
    {
        if (_positionals.Count != 1)
        {
            throw new UsageException($"'{_verb}' takes one {what}" + (_positionals.Count > 1 ? $", not {_positionals.Count} (quote it if it has spaces)" : string.Empty));
        }

        return _positionals[0];
    }

    /// <summary>Fails unless there is no positional argument.</summary>
    /// <exception cref="UsageException">There is one.</exception>
    public void NoPositionals()
    {
        if (_positionals.Count > 0)
        {
            throw new UsageException($"'{_verb}' takes no argument '{_positionals[0]}'");
        }
    }

    /// <summary>A positive whole number option.</summary>
    /// <param name="name">The option.</param>
    /// <param name="fallback">The value when it is not given.</param>
    /// <returns>The number.</returns>
    /// <exception cref="UsageException">Not a positive whole number.</exception>
    public int PositiveNumber(string name, int fallback)
    {
        string? text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new UsageException($"'{name}' takes a positive whole number, not '{text}'");
    }

    /// <summary>A date option (<c>2024-04-26</c>).</summary>
    /// <param name="name">The option.</param>
    /// <returns>The date, or null when not given.</returns>
    /// <exception cref="UsageException">Not a date.</exception>
    public ArticleDate? Date(string name)
    {
        string? text = Value(name);
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
            ? new ArticleDate(date.Year, date.Month, date.Day)
            : throw new UsageException($"'{name}' takes a date like 2024-04-26, not '{text}'");
    }
}
