using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen.Corpus;
using CsCheck;

namespace ArticleGen.Fuzzing;

/// <summary>
/// Articles whose front matter is random YAML structure: the article's own fields among others, with anchors and aliases
/// (to nodes done, to nodes still open, to no node), complex keys, merge keys, flow inside block and block inside block
/// down to a few levels, spikes of deep nesting (past the 64-level limit), odd scalars (nulls, tags, escapes, block
/// text, apostrophes, tabs), and now and then a bracket or a quote never closed. Most of it is valid YAML that the
/// readers must take apart; the rest must be refused with a located diagnostic.
/// </summary>
internal sealed class YamlShapes
{
    public static readonly Gen<string> Article = Gen.ULong.Select(seed => new YamlShapes(new SplitMix64(seed)).Write());

    private static readonly string[] Fields = { "title", "id", "source", "published", "url", "authors", "language", "tags", "entities", "quotes" };

    private static readonly string[] Kinds = { "person", "organization", "place", "other", "robot" };

    private static readonly string[] Words = { "Wang Yi", "Beijing", "great ship", "Reuters", "en", "person", "place", "organization", "other", "x", "The 'Nineties revisited", "O'Brien", "北京会谈", "𝔄𝔩𝔭𝔥𝔞 Group", ".NET Foundation" };

    private static readonly string[] OddScalars =
    {
        "", "~", "null", "NULL", "true", "no", "0x1F", "1e3", ".inf", "-.nan", "2024-04-26", "2024-04-26T09:30:00.250+08:00",
        "'single ''quoted'''", "\"double \\\"quoted\\\" \\u00e9 \\n\"", "\"\\x41\\t\\0\"", "!!str tagged", "!!binary aGVsbG8=", "!custom x",
        "!<tag:yaml.org,2002:str> verbatim", "'it''s'", "a # comment", "'unclosed", "\"unclosed", "@at", "`tick", "%percent", "tab\there",
        "- dash", "? question", ": colon", "key: value", "[bracket", "{brace", "*", "&", "&a", "*nowhere", "<<", "=",
    };

    private readonly SplitMix64 _random;
    private readonly List<string> _anchors = new();

    /// <summary>A third of the articles keep to valid YAML with sound scalars, so that more get past the reader.</summary>
    private readonly bool _tame;

    private YamlShapes(SplitMix64 random)
    {
        _random = random;
        _tame = Chance(1, 3);
    }

    private string Write()
    {
        var text = new StringBuilder("---\n");
        int fields = 1 + _random.Below(8);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < fields; i++)
        {
            string key = i == 0 && _random.Below(10) < 8 ? "title" : Key();
            if (!keys.Add(key) && !Chance(1, 10))
            {
                // A key given twice is refused with the whole front matter: now and then, not as often as chance has it.
                continue;
            }

            text.Append(key).Append(':');
            if (key is "entities" or "quotes" && Chance(1, 2))
            {
                text.Append('\n').Append(key == "entities" ? Entities() : Quotes());
            }
            else
            {
                Value(text, 0, Chance(1, 40) ? 3 + _random.Below(60) : 1 + _random.Below(5));
            }
        }

        return text.Append("---\n\"Grow,\" ").Append(Pick(Words)).Append(" said of ").Append(Pick(Words)).Append(".\n").ToString();
    }

    /// <summary>Entities much as authors write them, sharing definitions through anchors, aliases and merge keys.</summary>
    private string Entities()
    {
        var text = new StringBuilder();
        int count = 1 + _random.Below(4);
        for (int i = 0; i < count; i++)
        {
            string id = "  e" + i.ToString(CultureInfo.InvariantCulture) + ":";
            text.Append(_random.Below(6) switch
            {
                0 => id + " " + Alias() + "\n",
                1 => id + "\n    <<: " + Alias() + "\n    name: " + Pick(Words) + "\n",
                2 => id + " {}\n",
                _ => id + " " + Anchor() + "{name: " + Scalar(flow: true) + ", kind: " + Pick(Kinds) + ", aliases: " + Flow(2) + "}\n",
            });
        }

        return text.ToString();
    }

    private string Quotes()
    {
        var text = new StringBuilder();
        int count = 1 + _random.Below(3);
        for (int i = 0; i < count; i++)
        {
            text.Append("  - text: ").Append(Chance(1, 2) ? "Grow" : Scalar()).Append("\n    speaker: ").Append(Chance(1, 2) ? "e0" : Scalar()).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A map key: a field, a merge key, a plain word, or a complex key.</summary>
    private string Key()
    {
        switch (_random.Below(12))
        {
            case 0: return "<<";
            case 1: return "? " + Flow(2);
            case 2: return "[" + Scalar() + ", " + Scalar() + "]";
            case 3: return _tame ? Pick(Words) : Pick(OddScalars);
            default: return Pick(Fields);
        }
    }

    /// <summary>Writes a value after "key:" (or "- "): inline, or on the following lines indented past <paramref name="indent"/>.</summary>
    private void Value(StringBuilder text, int indent, int depth)
    {
        int choice = _random.Below(_tame ? 13 : 20);
        if (_tame && choice == 13)
        {
            choice = 0;
        }

        if (depth <= 0 || choice < 7)
        {
            text.Append(' ').Append(Anchor()).Append(Scalar()).Append('\n');
        }
        else if (choice < 11)
        {
            text.Append(' ').Append(Flow(depth)).Append('\n');
        }
        else if (choice < 13)
        {
            text.Append(' ').Append(Alias()).Append('\n');
        }
        else if (choice == 13)
        {
            text.Append(' ').Append(Deep()).Append('\n');
        }
        else if (choice < 17)
        {
            text.Append(' ').Append(Anchor()).Append('\n');
            BlockMap(text, indent + 2, depth - 1);
        }
        else
        {
            text.Append(' ').Append(Anchor()).Append('\n');
            BlockList(text, indent + (Chance(1, 4) ? 0 : 2), depth - 1);
        }
    }

    private void BlockMap(StringBuilder text, int indent, int depth)
    {
        int pairs = 1 + _random.Below(4);
        for (int i = 0; i < pairs; i++)
        {
            text.Append(Indent(indent));
            string key = Key();
            if (key.StartsWith("? ", StringComparison.Ordinal))
            {
                text.Append(key).Append('\n').Append(Indent(indent)).Append(':');
            }
            else if (key == "<<")
            {
                text.Append("<<:");
                text.Append(Chance(1, 2) ? " " + Alias() + "\n" : " [" + Alias() + ", " + Alias() + "]\n");
                continue;
            }
            else
            {
                text.Append(key).Append(':');
            }

            Value(text, indent, depth);
        }
    }

    private void BlockList(StringBuilder text, int indent, int depth)
    {
        int items = 1 + _random.Below(4);
        for (int i = 0; i < items; i++)
        {
            text.Append(Indent(indent)).Append('-');
            Value(text, indent, depth);
        }
    }

    /// <summary>A flow collection (or scalar) nested up to <paramref name="depth"/> levels.</summary>
    private string Flow(int depth)
    {
        int choice = _random.Below(10);
        if (depth <= 0 || choice < 3)
        {
            return choice == 0 ? Alias() : Anchor() + Scalar(flow: true);
        }

        int count = _random.Below(4);
        var items = new List<string>(count);
        bool map = choice >= 7;
        for (int i = 0; i < count; i++)
        {
            items.Add(map ? (Chance(1, 6) ? "? " + Flow(depth - 1) : Scalar(flow: true)) + ": " + Flow(depth - 1) : Flow(depth - 1));
        }

        string body = string.Join(!_tame && Chance(1, 30) ? " " : ", ", items);
        string close = !_tame && Chance(1, 40) ? string.Empty : map ? "}" : "]";
        return Anchor() + (map ? "{" : "[") + body + close;
    }

    /// <summary>Nesting far past what any front matter needs, built by repetition rather than by recursion.</summary>
    private string Deep()
    {
        int levels = 30 + _random.Below(_random.Below(4) == 0 ? 50_000 : 200);
        string[] opens = { "[", "{a: ", "[x, ", "{? " };
        string open = Pick(opens);
        string inner = Chance(1, 3) ? Alias() : Scalar(flow: true);
        string close = open.StartsWith('[') ? "]" : "}";
        return string.Concat(Enumerable.Repeat(open, levels)) + inner + (Chance(1, 5) ? string.Empty : string.Concat(Enumerable.Repeat(close, levels)));
    }

    private string Scalar(bool flow = false)
    {
        int choice = _random.Below(10);
        string scalar = choice < 5 || _tame ? Pick(Words) : choice < 9 ? Pick(OddScalars) : "plain " + _random.Below(1000).ToString(CultureInfo.InvariantCulture);
        return flow && scalar.IndexOfAny(new[] { ',', '[', ']', '{', '}' }) >= 0 && Chance(3, 4) ? "'" + scalar.Replace("'", "''", StringComparison.Ordinal) + "'" : scalar;
    }

    /// <summary>Now and then an anchor before a node: "&amp;aN ".</summary>
    private string Anchor()
    {
        if (!Chance(1, 4))
        {
            return string.Empty;
        }

        string name = "a" + _anchors.Count.ToString(CultureInfo.InvariantCulture);
        _anchors.Add(name);
        return "&" + name + " ";
    }

    /// <summary>An alias: mostly to an anchor already written (its node done or still open), sometimes to none.</summary>
    private string Alias() =>
        _anchors.Count == 0 ? (!_tame && Chance(1, 8) ? "*missing" : Scalar(flow: true))
        : !_tame && Chance(1, 16) ? "*missing" : "*" + _anchors[_random.Below(_anchors.Count)];

    private static string Indent(int count) => new(' ', count);

    private bool Chance(int times, int outOf) => _random.Below(outOf) < times;

    private T Pick<T>(T[] items) => items[_random.Below(items.Length)];
}
