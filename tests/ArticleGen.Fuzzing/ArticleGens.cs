using System.Linq;
using CsCheck;

namespace ArticleGen.Fuzzing;

/// <summary>Generators of article text: hostile characters, random structure, and mutations of real articles.</summary>
internal static class ArticleGens
{
    /// <summary>Characters that have tripped up code generators: quotes, escapes, braces, directives, breaks, bidi, scripts.</summary>
    private static readonly Gen<char> Tricky = Gen.Char["\"'\\{}*/#@$`:-[]&!|>%?,.\u201C\u201D\u2018\u2019\u2026\t\n\r\u0085\u2028\u2029\u202E\u202D\u2066\u2069\u200B\u200E\uFEFF\u0000\u0007\u001B\u007F\u00A0\u00AD\u0301\uFFFE\uFFFF"];

    private static readonly Gen<char> Letters = Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789      "];

    private static readonly Gen<char> Scripts = Gen.Char["北京会谈中国外交部長ابتثجحخدذрусскийΑλφαβητοİıŞşĞğÇçÖöÜüßẞǅﬁ"];

    /// <summary>Text for front-matter values: YAML can carry any scalar value except lone surrogates.</summary>
    public static readonly Gen<string> Value = Gen.Frequency((6, Letters), (3, Tricky), (2, Scripts), (1, Gen.Char)).Where(c => !char.IsSurrogate(c))
        .Array[0, 40].Select(chars => new string(chars))
        .Select(Gen.Frequency((4, Gen.Const(string.Empty)), (1, Gen.Const("\uD83D\uDC4D")), (1, Gen.Const("\U0001D49C"))), (s, pair) => s + pair);

    /// <summary>Text for bodies, which are kept verbatim: lone surrogates included.</summary>
    public static readonly Gen<string> Body = Gen.Frequency((8, Letters), (4, Tricky), (2, Scripts), (1, Gen.Char), (1, Gen.Char['\uD800', '\uDFFF']))
        .Array[0, 400].Select(chars => new string(chars));

    public static readonly Gen<string> Kind = Gen.OneOf(Gen.Const("person"), Gen.Const("organization"), Gen.Const("place"), Gen.Const("other"));

    public static readonly Gen<EntitySpec> Entity = Gen.Select(Value, Value, Kind, Value.Array[0, 3], Value.Null(), Value.Null())
        .Select(t => new EntitySpec(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

    public static readonly Gen<ArticleSpec> Article = Gen.Select(Value, Value, Value.Null(), Value.Array[0, 3], Value.Array[0, 3], Entity.Array[0, 3], Body)
        .Select(t => new ArticleSpec(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7))
        .Where(a => a.Title.Trim().Length > 0 && a.Entities.All(e => e.Name.Trim().Length > 0));

    /// <summary>Snippets that change YAML or Markdown structure when inserted.</summary>
    private static readonly Gen<string> Snippet = Gen.OneOf(
        new[] { ":", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "\"", "'", "---\n", "...\n", "\n", "\r\n", "\r", "\t", "#", "!!binary ", "!!int ", "? ", "|\n", ">-\n", "%YAML 1.2\n", "\u201C", "\u201D", "<<: *a\n", "\uFEFF", "\0", "\uD800", "  ", "\n  \n" }
            .Select(Gen.Const).ToArray());

    /// <summary>One edit of a text: cut it, drop or repeat a range, insert structure, or replace a character.</summary>
    public static Gen<string> Mutate(string text) =>
        Gen.Int[0, 5].SelectMany(operation => Gen.Int[0, text.Length].SelectMany(at => Gen.Int[0, 200].SelectMany(length =>
        {
            int end = System.Math.Min(text.Length, at + length);
            return operation switch
            {
                0 => Gen.Const(text.Substring(0, at)),
                1 => Gen.Const(text.Substring(0, at) + text.Substring(end)),
                2 => Gen.Const(text.Substring(0, end) + text.Substring(at)),
                3 => Snippet.Select(s => text.Substring(0, at) + s + text.Substring(at)),
                4 => Gen.Char.Select(c => text.Substring(0, at) + c + text.Substring(System.Math.Min(text.Length, at + 1))),
                _ => Snippet.Select(s => text.Substring(0, at) + s + text.Substring(end)),
            };
        })));

    /// <summary>One to four edits in a row.</summary>
    public static Gen<string> Mutations(string text) =>
        Gen.Int[1, 4].SelectMany(count =>
        {
            Gen<string> gen = Gen.Const(text);
            for (int i = 0; i < count; i++)
            {
                gen = gen.SelectMany(Mutate);
            }

            return gen;
        });
}
