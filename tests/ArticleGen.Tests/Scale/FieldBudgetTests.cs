using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ArticleGen.Corpus;
using ArticleGen.Tests.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Scale;

/// <summary>
/// The runtime loads no type with more than 65,535 fields, and the compiler puts the data of every constant array and
/// UTF-8 literal into fields of one type, <c>&lt;PrivateImplementationDetails&gt;</c>. At four fields an article, a
/// 50,000-article assembly built and could not run. Now the fields grow with the generated files, not with the
/// articles: per file its span numbers and its texts (verbatim and escaped), and the entities' texts.
/// </summary>
public sealed class FieldBudgetTests
{
    [Fact]
    public void Data_fields_grow_with_the_generated_files_not_with_the_articles()
    {
        const int Count = 300;
        GeneratorRun run = GeneratorHarness.Run(CorpusMaker.Make(Count).Select(f => (f.RelativePath, f.Text)), string.Empty, ns: "Corpus");
        Assert.Empty(run.CompilationDiagnostics);

        using var stream = new MemoryStream();
        Assert.True(run.Output.Emit(stream).Success);
        stream.Position = 0;
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        int fields = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition)
            .Where(t => metadata.GetString(t.Name) == "<PrivateImplementationDetails>")
            .Sum(t => t.GetFields().Count);

        // These 300 articles fill 164 files: 354 fields, where a field per body (the previous shape) took 629.
        int articleFiles = run.Sources.Count(s => s.HintName.StartsWith("Articles.", System.StringComparison.Ordinal) && s.HintName != "Articles.g.cs");
        Assert.InRange(fields, articleFiles, (3 * articleFiles) + 2);
    }
}
