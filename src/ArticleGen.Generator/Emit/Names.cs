namespace ArticleGen.Generator.Emit;

/// <summary>Fully qualified names the generated code uses, so it never depends on the user's usings.</summary>
internal static class Names
{
    public const string Runtime = "global::ArticleGen.";

    /// <summary>The runtime's plumbing that only generated code calls, kept out of the namespace users import.</summary>
    public const string Infrastructure = "global::ArticleGen.Infrastructure.";
    public const string ArticleTypesNamespace = "ArticleTypes";

    public static string Global(string @namespace, string name) =>
        @namespace.Length == 0 ? "global::" + name : "global::" + @namespace + "." + name;

    public static string ArticleTypes(string @namespace) =>
        @namespace.Length == 0 ? ArticleTypesNamespace : @namespace + "." + ArticleTypesNamespace;
}
