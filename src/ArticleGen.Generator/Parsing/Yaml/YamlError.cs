using YamlDotNet.Core;

namespace ArticleGen.Generator.Parsing.Yaml;

/// <summary>Why a YAML document cannot be read, said in plain words, and the token at fault.</summary>
internal sealed record YamlError(Mark Start, Mark End, string Message);
