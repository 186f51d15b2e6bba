using System.Collections.Generic;
using System.Linq;
using ArticleGen.Generator.Model;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Writes <c>People</c>, <c>Organizations</c>, <c>Places</c> and <c>OtherEntities</c>: one object per entity id,
/// created on first use and shared by every article that mentions it. Entities of referenced assemblies are theirs, not
/// written again; this compilation's own are listed in <c>SharedEntity</c> assembly attributes, so that projects
/// referencing it (content partitions) use the same objects (<see cref="Resolution.ReferencedEntityReader"/>).
/// </summary>
internal static class EntitiesEmitter
{
    public const string HintName = "Entities.g.cs";

    private static readonly (EntityKind Kind, string Container, string Summary)[] Containers =
    {
        (EntityKind.Person, "People", "The people named in the articles of this project."),
        (EntityKind.Organization, "Organizations", "The organizations named in the articles of this project."),
        (EntityKind.Place, "Places", "The places named in the articles of this project."),
        (EntityKind.Other, "OtherEntities", "The other entities named in the articles of this project."),
    };

    public static SourceText Emit(EntityTable table, GeneratorOptions options)
    {
        var texts = new TextTable(Names.ArticleTypes(options.Namespace), "EntityText", options.Utf8Literals, usedInNamespace: false);
        CodeWriter writer = FileHeader.Start();
        List<EntityModel> local = table.Entities.Where(e => e.IsLocal).ToList();
        if (local.Count > 0)
        {
            WriteSharedEntityAttributes(writer, local, options.Namespace);
            writer.Line();
        }

        // Only the containers that hold an entity of this project: a partition that uses its base's entities writes no
        // empty People class to clash with the base's in code that imports both namespaces.
        var containers = Containers
            .Select(c => (c.Container, c.Summary, Entities: local.Where(e => e.Kind == c.Kind).ToList()))
            .Where(c => c.Entities.Count > 0)
            .ToList();
        if (containers.Count > 0)
        {
            writer.OpenNamespace(options.Namespace);
            for (int i = 0; i < containers.Count; i++)
            {
                if (i > 0)
                {
                    writer.Line();
                }

                writer.Summary(containers[i].Summary);
                writer.GeneratedCodeAttribute();
                writer.Open("public static partial class " + containers[i].Container);
                WriteEntities(writer, containers[i].Entities, texts);
                writer.Close();
            }

            writer.CloseNamespace(options.Namespace);
        }
        if (!texts.IsEmpty)
        {
            writer.Line();
            texts.Write(writer);
        }

        return writer.ToSourceText();
    }

    /// <summary>Attribute arguments are constants, so the texts are literals here, not entries of the text table.</summary>
    private static void WriteSharedEntityAttributes(CodeWriter writer, List<EntityModel> entities, string ns)
    {
        foreach (EntityModel entity in entities)
        {
            string aliases = entity.Aliases.IsEmpty
                ? "null"
                : "new string[] { " + string.Join(", ", entity.Aliases.Select(a => CSharpLiteral.String(a))) + " }";
            writer.Line("[assembly: " + Names.Infrastructure + "SharedEntity("
                + CSharpLiteral.String(entity.Id) + ", "
                + Names.Runtime + "EntityKind." + entity.Kind + ", "
                + CSharpLiteral.String(entity.Name) + ", "
                + aliases + ", "
                + CSharpLiteral.String(entity.Role) + ", "
                + CSharpLiteral.String(entity.Wikidata) + ", "
                + CSharpLiteral.String(ns) + ")]");
        }
    }

    private static void WriteEntities(CodeWriter writer, List<EntityModel> entities, TextTable texts)
    {
        for (int i = 0; i < entities.Count; i++)
        {
            EntityModel entity = entities[i];
            string type = Names.Runtime + entity.RuntimeType;
            string field = "s_" + entity.Identifier;
            if (i > 0)
            {
                writer.Line();
            }

            writer.Line("private static " + type + "? " + field + ";");
            writer.Line();
            writer.Summary(EntityDoc.Describe(entity));
            writer.Line("public static " + type + " " + entity.Identifier + " =>");
            writer.Indent();
            writer.Line(field + " ?? " + Names.Infrastructure + "Singleton.Publish(ref " + field + ", new " + type + "(");
            writer.Indent();
            WriteArguments(writer, entity, texts);
            writer.Outdent();
            writer.Outdent();
        }
    }

    /// <summary>
    /// One named argument to a line, each text's offsets followed by the text they stand for. In argument order, so that
    /// the table lists each entity's texts as its constructor takes them.
    /// </summary>
    private static void WriteArguments(CodeWriter writer, EntityModel entity, TextTable texts)
    {
        writer.Line("id: " + texts.Expression(entity.Id) + "," + texts.Note(entity.Id));
        writer.Line("name: " + texts.Expression(entity.Name) + "," + texts.Note(entity.Name));
        writer.Line("aliases: " + (entity.Aliases.IsEmpty ? "null" : texts.Array(entity.Aliases)) + "," + texts.Note(entity.Aliases));
        writer.Line("role: " + texts.Expression(entity.Role) + "," + texts.Note(entity.Role));
        writer.Line("wikidata: " + texts.Expression(entity.Wikidata) + "));" + texts.Note(entity.Wikidata));
    }
}
