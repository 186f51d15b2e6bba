using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>
/// An article file as the compiler reads it from disk in a build on the package: its text decoded from its bytes with a
/// SHA-256 checksum of those bytes, and the resource name ArticleGen.targets embeds it under (TestOptionsProvider hands
/// the generator that name, as the MSBuild editorconfig would).
/// </summary>
internal sealed class EmbeddedArticleFile(string path, byte[] bytes) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(new MemoryStream(bytes), checksumAlgorithm: SourceHashAlgorithm.Sha256);

    public override string Path { get; } = path;

    public string ResourceName => "ArticleGen/" + Path;

    /// <summary>The file as the resource the compiler embeds.</summary>
    public ResourceDescription Resource => new(ResourceName, () => new MemoryStream(bytes), isPublic: true);

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
