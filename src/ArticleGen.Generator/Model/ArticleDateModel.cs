namespace ArticleGen.Generator.Model;

/// <summary>A parsed publication date: a calendar date, or a date-time with a UTC offset (in minutes).</summary>
internal sealed record ArticleDateModel(int Year, int Month, int Day, bool HasTime, int Hour, int Minute, int Second, int OffsetMinutes);
