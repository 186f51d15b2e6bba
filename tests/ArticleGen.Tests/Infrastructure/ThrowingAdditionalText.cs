using System.IO;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>An additional file that cannot be read, as a file locked or deleted during the build would be.</summary>
internal sealed class ThrowingAdditionalText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) =>
        throw new IOException("The file is locked by another process.");
}
