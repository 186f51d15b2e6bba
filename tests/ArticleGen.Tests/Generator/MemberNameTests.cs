using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ArticleGen.Generator.Emit;
using ArticleGen.Generator.Naming;
using ArticleGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ArticleGen.Tests.Generator;

/// <summary>
/// No article or entity id can take a name that a generated type already has: a name the generator writes into it
/// (<c>All</c>, the catalog's chunk methods, <c>EntityMembers</c>...) or one it inherits (<c>MemberwiseClone</c>,
/// <c>Count</c>...). The names are read off compiled generated code, so a member added to an emitter or to a runtime
/// base class is checked too.
/// </summary>
public sealed class MemberNameTests
{
    /// <summary>
    /// Enough articles for the catalog to fill <c>All</c> from chunk methods, and an entity of each kind, since only a
    /// container that holds one is written.
    /// </summary>
    private static readonly int ArticleCount = CatalogEmitter.ChunkSize + 20;

    private static readonly Lazy<GeneratorRun> Neutral = new(() => Generate(Enumerable.Range(0, ArticleCount).Select(i => "n" + i.ToString("D4", CultureInfo.InvariantCulture)).ToList(), ["n-entity-person", "n-entity-organization", "n-entity-place", "n-entity-other"]));

    private static readonly Lazy<Dictionary<string, HashSet<string>>> Taken = new(() => NamesByRole(Neutral.Value.Output));

    [Fact]
    public void Every_generated_type_is_enumerated_with_its_own_and_inherited_names()
    {
        Dictionary<string, HashSet<string>> taken = Taken.Value;

        Assert.Equal(new[] { "Articles", "EntityContainers", "EntityMembers" }, taken.Keys.Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "Articles", "All", "get_All", "Local", "get_Local", "CreateAll", CatalogEmitter.ArticleAt, "s_all", CatalogEmitter.ChunkMethodName(0), CatalogEmitter.ChunkMethodName(1), "MemberwiseClone", "ToString", "ReferenceEquals" }, taken["Articles"]);
        Assert.Superset(new HashSet<string> { "People", "Organizations", "Places", "OtherEntities", "GetType", "MemberwiseClone" }, taken["EntityContainers"]);
        Assert.Superset(new HashSet<string> { "EntityMembers", "Count", "Item", "Find", "GetEnumerator", "Equals", "GetHashCode" }, taken["EntityMembers"]);
    }

    [Fact]
    public void No_article_id_maps_to_a_name_Articles_has()
    {
        AssertNoIdReaches(Taken.Value["Articles"], id => ArticleNames.MemberName(id), "Untitled", "Article");
        for (int chunk = 0; chunk < 1000; chunk++)
        {
            Assert.NotEqual(CatalogEmitter.ChunkMethodName(chunk), IdentifierNames.ToPascalCase(CatalogEmitter.ChunkMethodName(chunk), "Untitled"));
        }
    }

    [Fact]
    public void No_entity_id_maps_to_a_name_an_entity_container_or_entity_list_has()
    {
        AssertNoIdReaches(Taken.Value["EntityContainers"], EntityNames.Identifier, "Unnamed", "Entity");
        AssertNoIdReaches(Taken.Value["EntityMembers"], EntityNames.Identifier, "Unnamed", "Entity");
    }

    [Fact]
    public void A_name_is_its_own_name_so_every_reachable_name_was_checked_above()
    {
        // The proof above checks the names that are their own PascalCase; this is why that is enough: whatever id gives a
        // name (shorter than the cut, as every generated member is), that name gives itself.
        Gen.String[0, 60].Sample(id =>
        {
            string name = IdentifierNames.ToPascalCase(id, "Untitled");
            return name.Length >= IdentifierNames.MaxLength || IdentifierNames.ToPascalCase(name, "Untitled") == name;
        });
        Assert.Equal("FillChunk0", IdentifierNames.ToPascalCase("fill_chunk_0", "Untitled"));
    }

    [Fact]
    public void Ids_spelling_every_generated_name_compile_without_a_warning()
    {
        // Regression: 'fill-0' (then a chunk method's name) beside more than 500 articles was CS0102 in Articles.g.cs; 'memberwise-clone' hid
        // object.MemberwiseClone (CS0108, an error under TreatWarningsAsErrors).
        // Each name as written and as a person would spell it, once per C# name (two ids of one name are AG0014 or AG0018).
        List<string> ids = Taken.Value.Values.SelectMany(s => s).SelectMany(n => new[] { Kebab(n), n }).Append("fill-0").Append("fill-1").Append("article-at").Append("article-at-0").Append("finalize")
            .Order(StringComparer.Ordinal).ToList();
        List<string> articles = ids.DistinctBy(ArticleNames.MemberName, StringComparer.OrdinalIgnoreCase)
            .Concat(Enumerable.Range(0, ArticleCount).Select(i => "n" + i.ToString("D4", CultureInfo.InvariantCulture))).ToList();
        GeneratorRun run = Generate(articles, ids.DistinctBy(EntityNames.Identifier, StringComparer.Ordinal).ToList());

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Equal(articles.Order(StringComparer.Ordinal), GeneratedArticles.Load(run).Select(a => a.Id));
        Assert.Contains("Fill0", articles.Select(ArticleNames.MemberName));
        Assert.Contains("ArticleAt0", articles.Select(ArticleNames.MemberName));
        Assert.Contains("ArticleAtArticle", articles.Select(ArticleNames.MemberName));
    }

    /// <summary>
    /// A name <c>M</c> of an id is <c>P</c> (its PascalCase) or, when <c>P</c> is reserved, <c>P + suffix</c>. If <c>M</c>
    /// were taken: either <c>P</c> is taken and is its own PascalCase, so must be reserved; or <c>M</c> ends with the
    /// suffix after a reserved name. Both are checked for every taken name.
    /// </summary>
    private static void AssertNoIdReaches(HashSet<string> taken, Func<string, string> nameOf, string fallback, string suffix)
    {
        foreach (string name in taken)
        {
            Assert.True(name.Length < IdentifierNames.MaxLength, name);
            if (IdentifierNames.ToPascalCase(name, fallback) == name)
            {
                Assert.True(nameOf(name) != name, $"an id '{name}' would become the name '{name}', which is taken");
                Assert.DoesNotContain(nameOf(name), taken);
            }

            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                string reserved = name.Substring(0, name.Length - suffix.Length);
                Assert.True(nameOf(reserved) != name, $"an id '{reserved}' would become the name '{name}', which is taken");
            }

            Assert.DoesNotContain(nameOf(Kebab(name)), taken);
        }
    }

    private static GeneratorRun Generate(IReadOnlyList<string> articleIds, IReadOnlyList<string> entityIds)
    {
        string[] kinds = ["person", "organization", "place", "other"];
        string entities = string.Concat(entityIds.Select((id, i) => "  " + Yaml.Quote(id) + ": {name: Name " + i.ToString(CultureInfo.InvariantCulture) + ", kind: " + kinds[i % 4] + "}\n"));
        var files = articleIds.Select((id, i) => ("articles/" + i.ToString("D4", CultureInfo.InvariantCulture) + ".md", "---\ntitle: T\nid: " + Yaml.Quote(id) + "\n" + (i == 0 ? "entities:\n" + entities : string.Empty) + "---\nName 0.\n"));
        return GeneratorHarness.Run(files, string.Empty);
    }

    /// <summary>
    /// The names of each kind of generated type: declared, inherited (private ones aside), and the type's own.
    /// Constructors and object.Finalize, a destructor that C# code cannot name (a member <c>Finalize</c> hides nothing,
    /// as the compile test shows), are no names an id could clash with.
    /// </summary>
    private static Dictionary<string, HashSet<string>> NamesByRole(Compilation output)
    {
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in output.SyntaxTrees.Where(t => t.FilePath.Contains("ArticleGen.Generator", StringComparison.Ordinal)))
        {
            SemanticModel model = output.GetSemanticModel(tree);
            foreach (TypeDeclarationSyntax declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                INamedTypeSymbol type = model.GetDeclaredSymbol(declaration)!;
                string? role = type.Name switch
                {
                    "Articles" => "Articles",
                    "People" or "Organizations" or "Places" or "OtherEntities" => "EntityContainers",
                    "EntityMembers" => "EntityMembers",
                    _ => null,
                };
                if (role is null)
                {
                    // Article types, texts and spans: no id names a member of theirs, and their type names never meet
                    // an article type's, which ends in "Article".
                    Assert.True(type.BaseType?.Name == "Article" || !type.Name.EndsWith("Article", StringComparison.Ordinal), type.Name);
                    continue;
                }

                if (!roles.TryGetValue(role, out HashSet<string>? names))
                {
                    roles.Add(role, names = new HashSet<string>(StringComparer.Ordinal));
                }

                names.Add(type.Name);
                for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
                {
                    foreach (ISymbol member in current.GetMembers())
                    {
                        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.Destructor }
                            || (!ReferenceEquals(current, type) && member.DeclaredAccessibility == Accessibility.Private)
                            || member.IsImplicitlyDeclared)
                        {
                            continue;
                        }

                        names.Add(member is IPropertySymbol { IsIndexer: true } ? "Item" : member.Name);
                    }
                }
            }
        }

        // The names this run's own ids took are not the generator's.
        roles["Articles"].RemoveWhere(n => n.StartsWith("N0", StringComparison.Ordinal) || n.StartsWith("s_N0", StringComparison.Ordinal) || n.StartsWith("get_N0", StringComparison.Ordinal));
        roles["EntityContainers"].RemoveWhere(n => n.StartsWith("NEntity", StringComparison.Ordinal) || n.StartsWith("s_NEntity", StringComparison.Ordinal) || n.StartsWith("get_NEntity", StringComparison.Ordinal));
        roles["EntityMembers"].RemoveWhere(n => n.StartsWith("NEntity", StringComparison.Ordinal) || n.StartsWith("get_NEntity", StringComparison.Ordinal));
        return roles;
    }

    /// <summary>An id a person would write for a name: <c>MemberwiseClone</c> as <c>memberwise-clone</c>.</summary>
    private static string Kebab(string name)
    {
        var text = new System.Text.StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
