using System;
using System.Collections.Generic;
using System.Globalization;

namespace ArticleGen.Explorer.Web;

/// <summary>
/// Places the network's nodes on an ellipse in the order the network gives them (by id), so the same articles always
/// draw the same picture: no randomness, no iteration that depends on timing. Coordinates are rounded to one decimal.
/// The ellipse is narrower than the drawing, leaving room at the sides for the labels.
/// </summary>
public static class NetworkLayout
{
    /// <summary>The drawing's width.</summary>
    public const int Width = 1000;

    /// <summary>The drawing's height.</summary>
    public const int Height = 760;

    private const double RadiusX = 250;
    private const double RadiusY = 300;

    /// <summary>The centre of each node, by the node's position in <paramref name="count"/> nodes.</summary>
    /// <param name="count">How many nodes.</param>
    /// <returns>The points, first at the top, going clockwise.</returns>
    public static IReadOnlyList<(double X, double Y)> Ellipse(int count)
    {
        var points = new (double X, double Y)[count];
        for (int i = 0; i < count; i++)
        {
            double angle = (2 * Math.PI * i / Math.Max(1, count)) - (Math.PI / 2);
            points[i] = (Math.Round((Width / 2.0) + (RadiusX * Math.Cos(angle)), 1), Math.Round((Height / 2.0) + (RadiusY * Math.Sin(angle)), 1));
        }

        return points;
    }

    /// <summary>A coordinate as SVG text (invariant culture).</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
