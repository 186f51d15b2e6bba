using System;
using System.Globalization;

namespace ArticleGen;

/// <summary>
/// When an article was published: a calendar date (<c>2024-04-26</c>), or a date-time with its UTC offset
/// (<c>2024-04-26T09:30:00+08:00</c>). It keeps which of the two the article gave, so it prints back the same way.
/// </summary>
public readonly struct ArticleDate : IEquatable<ArticleDate>, IComparable<ArticleDate>
{
    private readonly DateTimeOffset _value;

    /// <summary>Creates a date without a time of day.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day of the month.</param>
    public ArticleDate(int year, int month, int day)
    {
        _value = new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero);
        HasTime = false;
    }

    /// <summary>Creates a date-time with its UTC offset.</summary>
    /// <param name="value">The moment, with the offset the article gave.</param>
    public ArticleDate(DateTimeOffset value)
    {
        _value = value;
        HasTime = true;
    }

    /// <summary>Whether the article gave a time of day and offset, not only a date.</summary>
    public bool HasTime { get; }

    /// <summary>The calendar date as the article gave it (in the article's own offset).</summary>
    public DateTime Date => _value.Date;

    /// <summary>The moment; a date without time is midnight UTC of that date.</summary>
    public DateTimeOffset Value => _value;

    /// <summary>The year.</summary>
    public int Year => _value.Year;

    /// <summary>The month, 1 to 12.</summary>
    public int Month => _value.Month;

    /// <summary>The day of the month.</summary>
    public int Day => _value.Day;

    /// <summary>
    /// Prints the ISO 8601 form: <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm:sszzz</c> with a time, with the fraction of a
    /// second when there is one (<c>2024-04-26T09:30:00.25+08:00</c>, up to seven digits, trailing zeros dropped).
    /// </summary>
    /// <returns>The ISO 8601 text.</returns>
    public override string ToString() =>
        HasTime
            ? _value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)
            : _value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(ArticleDate other) => HasTime == other.HasTime && _value.Equals(other._value) && _value.Offset == other._value.Offset;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ArticleDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value.GetHashCode() ^ (HasTime ? 1 : 0);

    /// <summary>
    /// Orders by calendar date first, then by moment, so a date-only value sorts before the times of its day; one moment
    /// given with two offsets orders by offset, west first. Zero exactly when <see cref="Equals(ArticleDate)"/> is true.
    /// </summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ArticleDate other)
    {
        int byDate = Date.CompareTo(other.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        int byTime = HasTime.CompareTo(other.HasTime);
        if (byTime != 0)
        {
            return byTime;
        }

        int byMoment = _value.CompareTo(other._value);
        return byMoment != 0 ? byMoment : _value.Offset.CompareTo(other._value.Offset);
    }

    /// <summary>Whether two dates are equal.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if equal.</returns>
    public static bool operator ==(ArticleDate left, ArticleDate right) => left.Equals(right);

    /// <summary>Whether two dates differ.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if they differ.</returns>
    public static bool operator !=(ArticleDate left, ArticleDate right) => !left.Equals(right);

    /// <summary>Orders dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> comes first.</returns>
    public static bool operator <(ArticleDate left, ArticleDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> comes last.</returns>
    public static bool operator >(ArticleDate left, ArticleDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> comes last.</returns>
    public static bool operator <=(ArticleDate left, ArticleDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders dates.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> comes first.</returns>
    public static bool operator >=(ArticleDate left, ArticleDate right) => left.CompareTo(right) >= 0;
}
