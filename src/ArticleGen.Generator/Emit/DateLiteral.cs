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

        // The fraction of a second as ticks, exactly: a millisecond argument would round 0.1234567 s.
        string fraction = date.FractionTicks == 0 ? string.Empty : Format(".AddTicks({0})", date.FractionTicks);
        return Format(
            "new {0}ArticleDate(new global::System.DateTimeOffset({1}, {2}, {3}, {4}, {5}, {6}, global::System.TimeSpan.FromMinutes({7})){8})",
            Names.Runtime, date.Year, date.Month, date.Day, date.Hour, date.Minute, date.Second, date.OffsetMinutes, fraction);
    }

    public static string Text(ArticleDateModel date)
    {
        string day = Format("{0:D4}-{1:D2}-{2:D2}", date.Year, date.Month, date.Day);
        if (!date.HasTime)
        {
            return day;
        }

        int offset = System.Math.Abs(date.OffsetMinutes);
        string fraction = date.FractionTicks == 0 ? string.Empty : "." + Format("{0:D7}", date.FractionTicks).TrimEnd('0');
        return day + Format("T{0:D2}:{1:D2}:{2:D2}{3}{4}{5:D2}:{6:D2}", date.Hour, date.Minute, date.Second, fraction, date.OffsetMinutes < 0 ? "-" : "+", offset / 60, offset % 60);
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
