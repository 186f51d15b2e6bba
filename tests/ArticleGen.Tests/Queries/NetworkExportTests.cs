using System.Linq;
using Xunit;

namespace ArticleGen.Tests.Queries;

public class NetworkExportTests
{
    private static readonly Person Ann = new("ann", "Ann \"Boss\" Lee");
    private static readonly Organization Acme = new("acme", "Acme & <Sons> #1");
    private static readonly Place Slash = new("x\\y", "Back\\slash");

    private static ArticleLibrary Tiny() => new(new[]
    {
        TestLibrary.Article("t1", "Ann \"Boss\" Lee runs Acme & <Sons> #1.", entities: new Entity[] { Ann, Acme }),
        TestLibrary.Article("t2", "Acme & <Sons> #1 moved to Back\\slash with Ann \"Boss\" Lee.", entities: new Entity[] { Ann, Acme, Slash }),
    });

    [Fact]
    public void Nodes_and_edges_in_id_order()
    {
        CoOccurrenceNetwork network = Tiny().Network();
        Assert.Equal(new[] { "acme", "ann", "x\\y" }, network.Nodes.Select(n => n.Entity.Id));
        Assert.Equal(new[] { "acme-ann:2", "acme-x\\y:1", "ann-x\\y:1" }, network.Edges.Select(e => e.First.Id + "-" + e.Second.Id + ":" + e.Articles));
    }

    [Fact]
    public void Dot_text()
    {
        const string expected =
            "graph cooccurrence {\n"
            + "  \"acme\" [label=\"Acme & <Sons> #1\", shape=box];\n"
            + "  \"ann\" [label=\"Ann \\\"Boss\\\" Lee\", shape=ellipse];\n"
            + "  \"x\\\\y\" [label=\"Back\\\\slash\", shape=hexagon];\n"
            + "  \"acme\" -- \"ann\" [label=\"2\", weight=2];\n"
            + "  \"acme\" -- \"x\\\\y\" [label=\"1\", weight=1];\n"
            + "  \"ann\" -- \"x\\\\y\" [label=\"1\", weight=1];\n"
            + "}\n";
        Assert.Equal(expected, Tiny().Network().ToDot());
    }

    [Fact]
    public void Mermaid_text()
    {
        const string expected =
            "graph LR\n"
            + "  e0[\"Acme #amp; #lt;Sons#gt; #35;1\"]\n"
            + "  e1([\"Ann #quot;Boss#quot; Lee\"])\n"
            + "  e2{{\"Back\\slash\"}}\n"
            + "  e0 ---|2| e1\n"
            + "  e0 ---|1| e2\n"
            + "  e1 ---|1| e2\n";
        Assert.Equal(expected, Tiny().Network().ToMermaid());
    }

    [Fact]
    public void Minimum_weight_drops_weaker_edges_and_the_entities_left_without_one()
    {
        CoOccurrenceNetwork network = Tiny().Network(minArticles: 2);
        Assert.Equal(2, network.Nodes.Count);
        Assert.Equal(
            "graph LR\n  e0[\"Acme #amp; #lt;Sons#gt; #35;1\"]\n  e1([\"Ann #quot;Boss#quot; Lee\"])\n  e0 ---|2| e1\n",
            network.ToMermaid());
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Tiny().Network(0));
    }

    [Fact]
    public void Other_entities_and_line_breaks()
    {
        var treaty = new OtherEntity("treaty", "Paris\nAgreement");
        var library = new ArticleLibrary(new[] { TestLibrary.Article("p", "The Paris\nAgreement.", entities: new Entity[] { treaty }) });
        Assert.Equal("graph cooccurrence {\n  \"treaty\" [label=\"Paris\\nAgreement\", shape=diamond];\n}\n", library.Network().ToDot());
        Assert.Equal("graph LR\n  e0[/\"Paris Agreement\"/]\n", library.Network().ToMermaid());
    }

    [Fact]
    public void The_world_network_is_the_one_worked_out_by_hand_whatever_the_library_order()
    {
        // The four articles of World: UN and Zürich meet in two (the summit, Wang in Zurich), every other pair in one;
        // nodes and edges in id order.
        const string expected =
            "graph cooccurrence {\n"
            + "  \"antony-blinken\" [label=\"Antony Blinken\", shape=ellipse];\n"
            + "  \"beijing\" [label=\"Beijing\", shape=hexagon];\n"
            + "  \"un\" [label=\"United Nations\", shape=box];\n"
            + "  \"wang-yi\" [label=\"Wang Yi\", shape=ellipse];\n"
            + "  \"zurich\" [label=\"Zürich\", shape=hexagon];\n"
            + "  \"antony-blinken\" -- \"beijing\" [label=\"1\", weight=1];\n"
            + "  \"antony-blinken\" -- \"un\" [label=\"1\", weight=1];\n"
            + "  \"antony-blinken\" -- \"wang-yi\" [label=\"1\", weight=1];\n"
            + "  \"antony-blinken\" -- \"zurich\" [label=\"1\", weight=1];\n"
            + "  \"beijing\" -- \"wang-yi\" [label=\"1\", weight=1];\n"
            + "  \"beijing\" -- \"zurich\" [label=\"1\", weight=1];\n"
            + "  \"un\" -- \"wang-yi\" [label=\"1\", weight=1];\n"
            + "  \"un\" -- \"zurich\" [label=\"2\", weight=2];\n"
            + "  \"wang-yi\" -- \"zurich\" [label=\"1\", weight=1];\n"
            + "}\n";
        Assert.Equal(expected, World.Library().Network().ToDot());
        Assert.Equal(expected, new ArticleLibrary(World.All.Reverse()).Network().ToDot());
        Assert.Equal(expected, new ArticleLibrary(new Article[] { World.Markets, World.BlinkenMeetsWang, World.WangInZurich, World.UnSummit }).Network().ToDot());
    }
}
