using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ArticleGen.Corpus;
using ArticleGen.Generator.Emit;
using ArticleGen.Tests.Infrastructure;
using Xunit;

namespace ArticleGen.Tests.Scale;

/// <summary>
/// The runtime loads no type with more than 65,535 fields, and the compiler puts the data of every constant array and
/// UTF-8 literal into fields of one type, <c>&lt;PrivateImplementationDetails&gt;</c>. At four fields an article, a
/// 50,000-article assembly built and could not run; the budget is one field per article (its body), one per file (its
/// texts; its span numbers are a string literal, which reference assemblies leave out) and one for the entities' texts.
/// </summary>
public sealed class FieldBudgetTests
{
    [Fact]
    public void Compiled_articles_cost_one_data_field_each_plus_one_per_generated_file()
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

        // Each article's body (all 300 are well-formed, distinct UTF-8), each generated file's texts, and the entities'
        // texts: 300 + 164 files (A00001 to A00300 fall into 164 of the 256, worked out apart) + 1.
        int files = run.Sources.Count(s => s.HintName.StartsWith("Articles.", System.StringComparison.Ordinal) && s.HintName != "Articles.g.cs");
        Assert.Equal(164, files);
        Assert.Equal(Count + files + 1, fields);
    }
}
