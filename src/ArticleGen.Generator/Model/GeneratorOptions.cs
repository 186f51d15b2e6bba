namespace ArticleGen.Generator.Model;

/// <summary>Settings of the consuming project that shape the generated code.</summary>
/// <param name="Namespace">Where <c>Articles</c>, <c>People</c> and the others go (empty: the global namespace).</param>
/// <param name="LanguageSupported">Whether the language version has what generated code needs (C# 8: <c>#nullable</c>).</param>
/// <param name="Utf8Literals">Whether the language version has <c>"..."u8</c> literals (C# 11).</param>
/// <param name="GlobalUsings">Whether the language version has <c>global using</c> (C# 10).</param>
internal sealed record GeneratorOptions(string Namespace, bool LanguageSupported, bool Utf8Literals, bool GlobalUsings = true);
