using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ArticleGen.Explorer.Web;

/// <summary>The co-occurrence network drawn as SVG on the server, each node a link to its entity's page.</summary>
public static class NetworkPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="library">The articles.</param>
    /// <param name="query">min: only pairs found together in at least this many articles.</param>
    /// <returns>The page.</returns>
    public static PageResult Render(ArticleLibrary library, QueryParameters query)
    {
        int min = query.PositiveNumber("min", 1, 1000);
        CoOccurrenceNetwork network = library.Network(min);
        IReadOnlyList<(double X, double Y, double Degrees)> points = NetworkLayout.Circle(network.Nodes.Count);
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < network.Nodes.Count; i++)
        {
            index[network.Nodes[i].Entity.Id] = i;
        }

        var html = new Html();
        html.Raw("<p>Entities mentioned in the same articles: a line joins two entities, thicker the more articles they share; ")
            .Raw("a bigger circle, more mentions; blue a person, brown an organization, green a place, purple anything else. ")
            .Raw("Each name leads to its page.</p>");
        html.Raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Raw(NetworkLayout.Size.ToString(CultureInfo.InvariantCulture))
            .Raw(" ").Raw(NetworkLayout.Size.ToString(CultureInfo.InvariantCulture))
            .Raw("\" aria-labelledby=\"network-title\" font-family=\"system-ui, sans-serif\" font-size=\"13\">")
            .Raw("<title id=\"network-title\">Co-occurrence network</title><g stroke=\"#8a8a8a\" stroke-opacity=\"0.4\">");
        foreach (CoOccurrence edge in network.Edges)
        {
            (double x1, double y1, _) = points[index[edge.First.Id]];
            (double x2, double y2, _) = points[index[edge.Second.Id]];
            html.Raw("<line x1=\"").Raw(NetworkLayout.Number(x1)).Raw("\" y1=\"").Raw(NetworkLayout.Number(y1))
                .Raw("\" x2=\"").Raw(NetworkLayout.Number(x2)).Raw("\" y2=\"").Raw(NetworkLayout.Number(y2))
                .Raw("\" stroke-width=\"").Raw(edge.Articles.ToString(CultureInfo.InvariantCulture)).Raw("\"/>");
        }

        html.Raw("</g>");
        for (int i = 0; i < network.Nodes.Count; i++)
        {
            EntityCount node = network.Nodes[i];
            (double x, double y, double degrees) = points[i];
            double radius = Math.Round(5 + (2 * Math.Sqrt(node.Mentions)), 1);
            // The label reads outwards from the node: left to right on the right half, turned over on the left half.
            bool right = Math.Cos(degrees * Math.PI / 180) >= -1e-9;
            double labelX = right ? x + radius + 4 : x - radius - 4;
            double turn = right ? degrees : degrees + 180;
            html.Raw("<a class=\"node\" href=\"/entities/").Text(Html.Url(node.Entity.Id)).Raw("\"><title>")
                .Text($"{node.Entity.Name}: {Count(node.Mentions, "mention")} in {Count(node.Articles, "article")}").Raw("</title>")
                .Raw("<circle cx=\"").Raw(NetworkLayout.Number(x)).Raw("\" cy=\"").Raw(NetworkLayout.Number(y))
                .Raw("\" r=\"").Raw(NetworkLayout.Number(radius)).Raw("\" fill=\"").Raw(Colour(node.Entity.Kind)).Raw("\"/>")
                .Raw("<text x=\"").Raw(NetworkLayout.Number(labelX)).Raw("\" y=\"").Raw(NetworkLayout.Number(y + 4))
                .Raw("\" text-anchor=\"").Raw(right ? "start" : "end").Raw("\" transform=\"rotate(").Raw(NetworkLayout.Number(turn))
                .Raw(" ").Raw(NetworkLayout.Number(x)).Raw(" ").Raw(NetworkLayout.Number(y)).Raw(")\" fill=\"#1a1a1a\">").Text(node.Entity.Name).Raw("</text></a>");
        }

        html.Raw("</svg>");
        html.Raw("<h2>Pairs</h2><details><summary>All ").Text(network.Edges.Count.ToString(CultureInfo.InvariantCulture))
            .Raw(" pairs as a table, most shared first</summary><table><thead><tr><th scope=\"col\">Entity</th><th scope=\"col\">With</th><th scope=\"col\">Articles</th></tr></thead><tbody>");
        foreach (CoOccurrence edge in network.Edges.OrderByDescending(e => e.Articles))
        {
            html.Raw("<tr><td>").EntityLink(edge.First).Raw("</td><td>").EntityLink(edge.Second).Raw("</td><td>")
                .Text(edge.Articles.ToString(CultureInfo.InvariantCulture)).Raw("</td></tr>");
        }

        return PageResult.Ok("Network", html.Raw("</tbody></table></details>"));
    }

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    // Dark enough for the white page (contrast at least 3:1 for graphics).
    private static string Colour(EntityKind kind) => kind switch
    {
        EntityKind.Person => "#1f5fa8",
        EntityKind.Organization => "#9a4d00",
        EntityKind.Place => "#0b6e4f",
        _ => "#6b3fa0",
    };
}
