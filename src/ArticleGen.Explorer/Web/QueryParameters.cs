using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ArticleGen.Explorer.Web;

/// <summary>Reads a page's query string; a value that cannot be read is a <see cref="BadQueryException"/>, a 400.</summary>
/// <param name="query">The request's query string.</param>
public sealed class QueryParameters(IQueryCollection query)
{
    /// <summary>A text value, or null when absent or empty.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The value.</returns>
    public string? Text(string name)
    {
        string? value = query.TryGetValue(name, out var values) ? values.ToString() : null;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>A date like 2024-04-26, or null when absent.</summary>
    /// <param name="name">The parameter.</param>
    /// <returns>The date.</returns>
    public ArticleDate? Date(string name)
    {
        string? text = Text(name);
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
            ? new ArticleDate(date.Year, date.Month, date.Day)
            : throw new BadQueryException($"'{name}' takes a date like 2024-04-26, not '{text}'");
    }

    /// <summary>A whole number from 1 to <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    /// <param name="name">The parameter.</param>
    /// <param name="fallback">The value when absent.</param>
    /// <param name="max">The largest value allowed.</param>
    /// <returns>The number.</returns>
    public int PositiveNumber(string name, int fallback, int max)
    {
        string? text = Text(name);
        if (text is null)
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= max
            ? number
            : throw new BadQueryException($"'{name}' takes a whole number from 1 to {max}, not '{text}'");
    }
}
