namespace ArticleGen.Generator.Model;

/// <summary>An entity a referenced assembly defines, and the assembly's name (for messages).</summary>
internal sealed record ReferencedEntity(string AssemblyName, EntityModel Entity);
