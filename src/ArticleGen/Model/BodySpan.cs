using System;
using System.Globalization;

namespace ArticleGen;

/// <summary>A range of an article's <see cref="Article.Body"/>, in UTF-16 code units.</summary>
public readonly struct BodySpan : IEquatable<BodySpan>, IComparable<BodySpan>
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">The offset of the first code unit.</param>
    /// <param name="length">The number of code units.</param>
    public BodySpan(int start, int length)
    {
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (length < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        Start = start;
        Length = length;
    }

    /// <summary>The offset of the first code unit.</summary>
    public int Start { get; }

    /// <summary>The number of code units.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    /// <param name="other">The span to test.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Contains(BodySpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="offset"/> lies inside this span.</summary>
    /// <param name="offset">The offset to test.</param>
    /// <returns><see langword="true"/> if it does.</returns>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>The text this span covers in <paramref name="body"/>.</summary>
    /// <param name="body">The body the span points into.</param>
    /// <returns>The covered text.</returns>
    public string Of(string body) => (body ?? throw new ArgumentNullException(nameof(body))).Substring(Start, Length);

    /// <inheritdoc />
    public bool Equals(BodySpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BodySpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Start * 397) ^ Length);

    /// <inheritdoc />
    public int CompareTo(BodySpan other)
    {
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <inheritdoc />
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "[{0}..{1})", Start, End);

    /// <summary>Whether two spans are equal.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> if they cover the same range.</returns>
    public static bool operator ==(BodySpan left, BodySpan right) => left.Equals(right);

    /// <summary>Whether two spans differ.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> if they cover different ranges.</returns>
    public static bool operator !=(BodySpan left, BodySpan right) => !left.Equals(right);

    /// <summary>Orders spans by start, then length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> comes first.</returns>
    public static bool operator <(BodySpan left, BodySpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders spans by start, then length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> if <paramref name="left"/> comes last.</returns>
    public static bool operator >(BodySpan left, BodySpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders spans by start, then length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> comes last.</returns>
    public static bool operator <=(BodySpan left, BodySpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders spans by start, then length.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> unless <paramref name="left"/> comes first.</returns>
    public static bool operator >=(BodySpan left, BodySpan right) => left.CompareTo(right) >= 0;
}
