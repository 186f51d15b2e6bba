using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Explorer.Web;

/// <summary>
/// Places the network's nodes on a circle in the order the network gives them (by id), so the same articles always
/// draw the same picture: no randomness, no iteration that depends on timing. Coordinates are rounded to one decimal.
/// Labels run outwards along the radius, so neighbours never overlap; the circle leaves room for them.
/// </summary>
public static class NetworkLayout
{
    /// <summary>The drawing's width and height.</summary>
    public const int Size = 1000;

    private const double Radius = 220;

    /// <summary>Each node's centre and the angle of its radius, in degrees clockwise from the right.</summary>
    /// <param name="count">How many nodes.</param>
    /// <returns>The places, the first at the top, going clockwise.</returns>
    public static IReadOnlyList<(double X, double Y, double Degrees)> Circle(int count)
    {
        var places = new (double X, double Y, double Degrees)[count];
        for (int i = 0; i < count; i++)
        {
            double degrees = (360.0 * i / Math.Max(1, count)) - 90;
            double radians = degrees * Math.PI / 180;
            places[i] = (
                Math.Round((Size / 2.0) + (Radius * Math.Cos(radians)), 1),
                Math.Round((Size / 2.0) + (Radius * Math.Sin(radians)), 1),
                Math.Round(degrees, 1));
        }

        return places;
    }

    /// <summary>A coordinate as SVG text (invariant culture).</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
