using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ArticleGen;

/// <summary>
/// The co-occurrence network of a library, for the explorer: one node per mentioned entity, one undirected edge per
/// pair of entities mentioned together, weighted by the number of articles that mention both
/// (<see cref="ArticleLibrary.CoOccurrencesOf"/>). Writes Graphviz DOT and Mermaid text. Nodes are ordered by
/// entity id (ordinal), edges by their two ids, so the text is the same on every run.
/// </summary>
public sealed class CoOccurrenceNetwork
{
    internal CoOccurrenceNetwork(EntityIndex entities, CoOccurrenceIndex coOccurrences, int minArticles)
    {
        var nodes = new List<EntityCount>();
        foreach (EntityCount count in entities.Counts)
        {
            if (count.Mentions > 0)
            {
                nodes.Add(count);
            }
        }

        nodes.Sort((x, y) => entities.CompareById(x.Entity, y.Entity));

        var edges = new List<CoOccurrence>();
        foreach (CoOccurrence edge in coOccurrences.All)
        {
            if (edge.Articles >= minArticles)
            {
                edges.Add(edge);
            }
        }

        edges.Sort((x, y) =>
        {
            int byFirst = entities.CompareById(x.First, y.First);
            return byFirst != 0 ? byFirst : entities.CompareById(x.Second, y.Second);
        });

        if (minArticles > 1)
        {
            // Asked for the strong ties only: entities without one would be noise in the picture.
            var linked = new HashSet<Entity>();
            foreach (CoOccurrence edge in edges)
            {
                linked.Add(edge.First);
                linked.Add(edge.Second);
            }

            nodes.RemoveAll(n => !linked.Contains(n.Entity));
        }

        Nodes = nodes.AsReadOnly();
        Edges = edges.AsReadOnly();
    }

    /// <summary>
    /// The entities mentioned at least once (with a minimum above one: only those on an edge), with their counts,
    /// ordered by id (ordinal).
    /// </summary>
    public IReadOnlyList<EntityCount> Nodes { get; }

    /// <summary>
    /// The pairs mentioned together in at least the requested number of articles, ordered by the first entity's id,
    /// then the second's; <see cref="CoOccurrence.First"/> is the entity whose id sorts first.
    /// </summary>
    public IReadOnlyList<CoOccurrence> Edges { get; }

    /// <summary>
    /// Writes the network as an undirected Graphviz graph. Nodes are named by entity id and labelled with the entity's
    /// name; the shape tells the kind (person: ellipse, organization: box, place: hexagon, other: diamond). Edges carry
    /// their article count as label and weight. Strings are double-quoted with <c>"</c> and <c>\</c> escaped and line
    /// breaks written as <c>\n</c>.
    /// </summary>
    /// <returns>The DOT text, ending with a line break.</returns>
    /// <example>
    /// <code>
    /// graph cooccurrence {
    ///   "antony-blinken" [label="Antony Blinken", shape=ellipse];
    ///   "beijing" [label="Beijing", shape=hexagon];
    ///   "antony-blinken" -- "beijing" [label="2", weight=2];
    /// }
    /// </code>
    /// </example>
    public string ToDot()
    {
        var dot = new StringBuilder();
        dot.Append("graph cooccurrence {\n");
        foreach (EntityCount node in Nodes)
        {
            dot.Append("  ").Append(DotString(node.Entity.Id))
                .Append(" [label=").Append(DotString(node.Entity.Name))
                .Append(", shape=").Append(DotShape(node.Entity.Kind)).Append("];\n");
        }

        foreach (CoOccurrence edge in Edges)
        {
            string weight = edge.Articles.ToString(CultureInfo.InvariantCulture);
            dot.Append("  ").Append(DotString(edge.First.Id)).Append(" -- ").Append(DotString(edge.Second.Id))
                .Append(" [label=\"").Append(weight).Append("\", weight=").Append(weight).Append("];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    /// <summary>
    /// Writes the network as a Mermaid flowchart. Nodes are named <c>e0</c>, <c>e1</c>, … in <see cref="Nodes"/> order
    /// (entity ids may clash with Mermaid keywords) and labelled with the entity's name in double quotes, where
    /// <c>"</c>, <c>#</c>, <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>`</c> are written as Mermaid entity codes
    /// (<c>#quot;</c>, <c>#35;</c>, …) and line breaks as spaces. The shape tells the kind (person: stadium,
    /// organization: rectangle, place: hexagon, other: parallelogram); edges are labelled with their article count.
    /// </summary>
    /// <returns>The Mermaid text, ending with a line break.</returns>
    /// <example>
    /// <code>
    /// graph LR
    ///   e0(["Antony Blinken"])
    ///   e1{{"Beijing"}}
    ///   e0 ---|2| e1
    /// </code>
    /// </example>
    public string ToMermaid()
    {
        var mermaid = new StringBuilder();
        mermaid.Append("graph LR\n");
        var ids = new Dictionary<Entity, string>();
        foreach (EntityCount node in Nodes)
        {
            string id = "e" + ids.Count.ToString(CultureInfo.InvariantCulture);
            ids.Add(node.Entity, id);
            string label = MermaidString(node.Entity.Name);
            mermaid.Append("  ").Append(id);
            switch (node.Entity.Kind)
            {
                case EntityKind.Person: mermaid.Append("([").Append(label).Append("])"); break;
                case EntityKind.Organization: mermaid.Append('[').Append(label).Append(']'); break;
                case EntityKind.Place: mermaid.Append("{{").Append(label).Append("}}"); break;
                default: mermaid.Append("[/").Append(label).Append("/]"); break;
            }

            mermaid.Append('\n');
        }

        foreach (CoOccurrence edge in Edges)
        {
            mermaid.Append("  ").Append(ids[edge.First])
                .Append(" ---|").Append(edge.Articles.ToString(CultureInfo.InvariantCulture)).Append("| ")
                .Append(ids[edge.Second]).Append('\n');
        }

        return mermaid.ToString();
    }

    private static string DotShape(EntityKind kind) => kind switch
    {
        EntityKind.Person => "ellipse",
        EntityKind.Organization => "box",
        EntityKind.Place => "hexagon",
        _ => "diamond",
    };

    /// <summary>A DOT double-quoted string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted, escaped text.</returns>
    internal static string DotString(string text)
    {
        var quoted = new StringBuilder(text.Length + 2);
        quoted.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>A Mermaid double-quoted label.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The quoted, escaped text.</returns>
    internal static string MermaidString(string text)
    {
        var quoted = new StringBuilder(text.Length + 2);
        quoted.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("#quot;"); break;
                case '#': quoted.Append("#35;"); break;
                case '&': quoted.Append("#amp;"); break;
                case '<': quoted.Append("#lt;"); break;
                case '>': quoted.Append("#gt;"); break;
                case '`': quoted.Append("#96;"); break;
                case '\n':
                case '\r':
                case '\t':
                    quoted.Append(' ');
                    break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
