using System.Globalization;
using ArticleGen.Generator.Model;

namespace ArticleGen.Generator.Emit;

/// <summary>Writes a publication date as a runtime <c>ArticleDate</c> expression, and as text for docs.</summary>
internal static class DateLiteral
{
    public static string Expression(ArticleDateModel? date)
    {
        if (date is null)
        {
            return "null";
        }

        if (!date.HasTime)
        {
            return Format("new {0}ArticleDate({1}, {2}, {3})", Names.Runtime, date.Year, date.Month, date.Day);
        }

        return Format(
            "new {0}ArticleDate(new global::System.DateTimeOffset({1}, {2}, {3}, {4}, {5}, {6}, global::System.TimeSpan.FromMinutes({7})))",
            Names.Runtime, date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, date.OffsetMinutes);
    }

    public static string Text(ArticleDateModel date)
    {
        string day = Format("{0:D4}-{1:D2}-{2:D2}", date.Year, date.Month, date.Day);
        if (!date.HasTime)
        {
            return day;
        }

        int offset = System.Math.Abs(date.OffsetMinutes);
        return day + Format("T{0:D2}:{1:D2}:{2:D2}{3}{4:D2}:{5:D2}", date.Hour, date.Minute, date.Second, date.OffsetMinutes < 0 ? "-" : "+", offset / 60, offset % 60);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
