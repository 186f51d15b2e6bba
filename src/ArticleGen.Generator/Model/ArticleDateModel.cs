namespace ArticleGen.Generator.Model;

/// <summary>
/// A parsed publication date: a calendar date, or a date-time with a UTC offset (in minutes) and the fraction of its
/// second in ticks (100 ns, the precision of DateTimeOffset: seven decimals).
/// </summary>
internal sealed record ArticleDateModel(int Year, int Month, int Day, bool HasTime, int Hour, int Minute, int Second, int FractionTicks, int OffsetMinutes);
