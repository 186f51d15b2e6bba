using System;
using System.Globalization;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Parsing;

/// <summary>Reads the contract's dates: an ISO 8601 date, or a date-time with an explicit offset.</summary>
internal static class DateParser
{
    private static readonly string[] DateTimeFormats =
    {
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd HH:mm:ss'Z'",
    };

    public static ArticleDateModel? Parse(string text)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date))
        {
            return new ArticleDateModel(date.Year, date.Month, date.Day, false, 0, 0, 0, 0, 0);
        }

        if (DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset moment))
        {
            int fraction = (int)(moment.Ticks % TimeSpan.TicksPerSecond);
            return new ArticleDateModel(moment.Year, moment.Month, moment.Day, true, moment.Hour, moment.Minute, moment.Second, fraction, (int)moment.Offset.TotalMinutes);
        }

        return null;
    }
}
