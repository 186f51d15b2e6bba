using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Naming;
using Microsoft.CodeAnalysis.Text;

namespace ArticleGen.Generator.Emit;

/// <summary>
/// Writes one generated file of articles (see <see cref="ArticleGroups"/>): for each, its member of <c>Articles</c> and
/// its type, whose body is UTF-8 data and whose quotes and mentions are built on first use, so touching one article
/// never constructs the others.
/// </summary>
internal static class ArticleEmitter
{
    /// <summary>Pieces of a body written as a string (the fallback of WriteBody): readable for a normal article, a short chain for a 10 MB one.</summary>
    private const int MaxBodyPieces = 512;
    private const int MaxBodyPieceLength = 4096;

    /// <summary>The group's file, or null when none of its articles has code to emit.</summary>
    public static SourceText? Emit(ArticleGroup group)
    {
        List<ArticleModel> articles = group.Articles.Where(m => m.Options.LanguageSupported).ToList();
        if (articles.Count == 0)
        {
            return null;
        }

        // All articles of a compilation share its options, so the first names the namespace.
        GeneratorOptions options = articles[0].Options;
        string typesNamespace = Names.ArticleTypes(options.Namespace);
        var spans = new SpanTable(typesNamespace, group.Index);
        var texts = new TextTable(typesNamespace, "ArticleText" + group.Index.ToString("D3", CultureInfo.InvariantCulture), options.Utf8Literals, usedInNamespace: true);
        CodeWriter writer = FileHeader.Start();
        for (int i = 0; i < articles.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            Write(writer, articles[i], spans, texts);
        }

        if (!spans.IsEmpty)
        {
            writer.Line();
            spans.Write(writer);
        }

        if (!texts.IsEmpty)
        {
            writer.Line();
            texts.Write(writer);
        }

        return writer.ToSourceText();
    }

    private static void Write(CodeWriter writer, ArticleModel article, SpanTable spans, TextTable texts)
    {
        string ns = article.Options.Namespace;
        string typeName = ArticleNames.TypeName(article.ClassName);
        string typesNamespace = Names.ArticleTypes(ns);
        string qualifiedType = Names.Global(typesNamespace, typeName);
        string[] summary = Summary(article);
        writer.OpenNamespace(ns);
        writer.Open("static partial class Articles");
        // The instance lives in a field of Articles, not in a static of its own type: a type with statics costs Native
        // AOT a static base, a constructor check and start-up work for every article, used or not.
        string field = "s_" + article.ClassName;
        writer.Line("private static " + qualifiedType + "? " + field + ";");
        writer.Line();
        WriteLines(writer, summary);
        writer.Line("public static " + qualifiedType + " " + article.ClassName + " =>");
        writer.Indent();
        writer.Line(field + " ?? " + Names.Infrastructure + "Singleton.Publish(ref " + field + ", new " + qualifiedType + "());");
        writer.Outdent();
        writer.Close();
        writer.CloseNamespace(ns);
        writer.Line();

        writer.Open("namespace " + typesNamespace);
        WriteLines(writer, summary);
        writer.GeneratedCodeAttribute();
        writer.Open("public sealed class " + typeName + " : " + Names.Runtime + "Article");
        WriteConstructor(writer, article, typeName, texts);
        writer.Line();
        writer.Summary("The entities the article declares or uses, each as a typed member.");
        writer.Line("public new EntityMembers Entities => (EntityMembers)base.Entities;");
        writer.Line();
        WriteBody(writer, article, typeName, texts);
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("protected override " + Names.Runtime + "EntityList CreateEntities() => new EntityMembers();");
        writer.Line();
        WriteBuild(writer, article, spans, texts);
        writer.Line();
        WriteEntityMembers(writer, article);
        writer.Close();
        writer.Close();
    }

    /// <summary>The type's and the member's documentation, built once for both.</summary>
    private static string[] Summary(ArticleModel article)
    {
        var facts = new List<string>();
        if (article.Source is not null)
        {
            facts.Add(CommentText.Xml(article.Source, 80));
        }

        if (article.Published is not null)
        {
            facts.Add(DateLiteral.Text(article.Published));
        }

        int quotes = article.Quotes.Count;
        int entities = article.Entities.Count;
        facts.Add(quotes.ToString(CultureInfo.InvariantCulture) + (quotes == 1 ? " quote, " : " quotes, ")
            + entities.ToString(CultureInfo.InvariantCulture) + (entities == 1 ? " entity" : " entities"));
        return
        [
            "/// <summary>" + CommentText.Xml(article.Title) + "</summary>",
            "/// <remarks>" + string.Join(". ", facts) + ". Article id <c>" + CommentText.Xml(article.Id, 120) + "</c>.</remarks>",
        ];
    }

    private static void WriteLines(CodeWriter writer, string[] lines)
    {
        foreach (string line in lines)
        {
            writer.Line(line);
        }
    }

    private static void WriteConstructor(CodeWriter writer, ArticleModel article, string typeName, TextTable texts)
    {
        writer.Line("internal " + typeName + "()");
        writer.Indent();
        writer.Line(": base(new " + Names.Runtime + "ArticleMetadata(");
        writer.Indent();
        writer.Line("id: " + texts.Expression(article.Id) + "," + texts.Note(article.Id));
        writer.Line("title: " + texts.Expression(article.Title) + "," + texts.Note(article.Title));
        writer.Line("source: " + texts.Expression(article.Source) + "," + texts.Note(article.Source));
        writer.Line("published: " + DateLiteral.Expression(article.Published) + ",");
        writer.Line("url: " + texts.Expression(article.Url) + "," + texts.Note(article.Url));
        writer.Line("authors: " + texts.Array(article.Authors) + "," + texts.Note(article.Authors));
        writer.Line("language: " + texts.Expression(article.Language) + "," + texts.Note(article.Language));
        writer.Line("tags: " + texts.Array(article.Tags) + "))" + texts.Note(article.Tags));
        writer.Outdent();
        writer.Outdent();
        writer.Line("{");
        writer.Line("}");
    }

    private static void WriteBody(CodeWriter writer, ArticleModel article, string typeName, TextTable texts)
    {
        if (article.BodyResource is { } resource)
        {
            // The article file itself, embedded by ArticleGen.targets: the compiler spends nothing on its bytes.
            writer.Line("/// <inheritdoc />");
            writer.Line("protected override string LoadBody() => " + Names.Infrastructure + "Utf8Text.FromResource(");
            writer.Indent();
            writer.Line("typeof(" + typeName + ").Assembly, " + texts.Expression(resource.Name) + ", " + resource.Length.ToString(CultureInfo.InvariantCulture) + ", " + resource.Tail.ToString(CultureInfo.InvariantCulture) + ");" + texts.Note(resource.Name));
            writer.Outdent();
            return;
        }

        // UTF-8 data does not count against the assembly's 16 MB string-literal heap (CS8103); a body that is not
        // well-formed UTF-16, or a language version before C# 11, gets an ordinary string literal instead.
        bool utf8 = article.Options.Utf8Literals && CSharpLiteral.IsWellFormed(article.Body);
        writer.Line("/// <inheritdoc />");
        if (article.Body.Length == 0)
        {
            writer.Line("protected override string LoadBody() => \"\";");
            return;
        }

        if (utf8)
        {
            // One literal, not a chain "..."u8 + "..."u8: the compiler binds each '+' between UTF-8 literals by full
            // operator overload resolution, about 0.65 ms apiece (6.5 s of compile time per 1,000 articles,
            // docs/performance.md), while a literal is one token. Verbatim, the body's own lines stay lines of the file;
            // a body with characters that must be escaped is one line.
            writer.Line("protected override string LoadBody() => " + Names.Infrastructure + "Utf8Text.Decode(");
            writer.Indent();
            writer.Utf8Literal(article.Body, ");");
            writer.Outdent();
            return;
        }

        // Escaped, because such a body may hold lone surrogates: constant strings, whose '+' the compiler folds cheaply.
        writer.Line("protected override string LoadBody() =>");
        writer.Indent();
        List<(int Start, int Length)> pieces = CSharpLiteral.Pieces(article.Body, MaxBodyPieces, MaxBodyPieceLength);
        for (int i = 0; i < pieces.Count; i++)
        {
            writer.LiteralLine(article.Body, pieces[i].Start, pieces[i].Length, i < pieces.Count - 1 ? " +" : ";");
        }

        writer.Outdent();
    }

    private static void WriteBuild(CodeWriter writer, ArticleModel article, SpanTable spans, TextTable texts)
    {
        // Spans are ranges of the file's one packed string (see SpanTable): a long article makes neither a long method
        // nor a large syntax tree, and a body edit changes the code but not the reference assembly.
        writer.Line("/// <inheritdoc />");
        writer.Open("protected override void Build(" + Names.Infrastructure + "ArticleBuilder builder)");
        if (article.Paragraphs.Count > 0)
        {
            var numbers = new List<int>(article.Paragraphs.Count * 2);
            foreach (SpanModel paragraph in article.Paragraphs)
            {
                numbers.Add(paragraph.Start);
                numbers.Add(paragraph.Length);
            }

            writer.Line("builder.Paragraphs(" + spans.Add(SpanLabel(article) + "paragraphs (start, length)", numbers, 2) + ");");
        }

        if (article.Mentions.Count > 0)
        {
            var numbers = new List<int>(article.Mentions.Count * 3);
            foreach (MentionModel mention in article.Mentions)
            {
                numbers.Add(mention.Entity);
                numbers.Add(mention.Start);
                numbers.Add(mention.Length);
            }

            writer.Line("builder.Mentions(" + spans.Add(SpanLabel(article) + "mentions (entity index in Entities, start, length)", numbers, 3) + ");");
        }

        if (article.Quotes.Count > 0)
        {
            var numbers = new List<int>(article.Quotes.Count * 5);
            bool namedSpeakers = false;
            foreach (QuoteModel quote in article.Quotes)
            {
                numbers.Add(quote.Start);
                numbers.Add(quote.Length);
                numbers.Add(quote.Speaker >= 0 ? quote.Speaker : -1);
                numbers.Add(quote.SentenceStart);
                numbers.Add(quote.SentenceLength);
                namedSpeakers |= quote.Speaker < 0 && quote.SpeakerName is not null;
            }

            string call = "builder.Quotes(" + spans.Add(
                SpanLabel(article) + "quotes (start, length, speaker index in Entities or -1, sentence start, sentence length)", numbers, 5);
            if (namedSpeakers)
            {
                // Names of the speakers that are no entity, one per quote.
                writer.Line(call + ",");
                WriteSpeakerNames(writer, article, texts);
            }
            else
            {
                writer.Line(call + ", null);");
            }
        }

        writer.Close();
    }

    /// <summary>What a run of span numbers belongs to, for its comment: the article's class, id and title.</summary>
    private static string SpanLabel(ArticleModel article) =>
        article.ClassName + " (" + CommentText.Plain(article.Id, 40) + ", \u201C" + CommentText.Plain(article.Title) + "\u201D): ";

    private static void WriteSpeakerNames(CodeWriter writer, ArticleModel article, TextTable texts)
    {
        writer.Line("new string?[]");
        writer.Line("{");
        writer.Indent();
        for (int i = 0; i < article.Quotes.Count; i++)
        {
            QuoteModel quote = article.Quotes[i];
            string name = quote.Speaker >= 0 ? "null" : texts.Expression(quote.SpeakerName);
            writer.Line(i < article.Quotes.Count - 1 ? name + "," : name);
        }

        writer.Close(");");
    }

    private static void WriteEntityMembers(CodeWriter writer, ArticleModel article)
    {
        writer.Summary("The entities of <c>" + article.ClassName + "</c>: a list, and a typed member per entity.");
        writer.Open("public sealed class EntityMembers : " + Names.Runtime + "EntityList");
        var list = new StringBuilder();
        foreach (EntityMemberModel member in article.Entities)
        {
            list.Append(list.Length == 0 ? string.Empty : ", ").Append(EntityPath(article, member.Entity));
        }

        writer.Line("internal EntityMembers()");
        writer.Indent();
        writer.Line(": base(new " + Names.Runtime + "Entity[] { " + list + " })");
        writer.Outdent();
        writer.Line("{");
        writer.Line("}");
        foreach (EntityMemberModel member in article.Entities)
        {
            writer.Line();
            writer.Summary(EntityDoc.Describe(member.Entity));
            writer.Line("public " + Names.Runtime + member.Entity.RuntimeType + " " + member.MemberName + " => " + EntityPath(article, member.Entity) + ";");
        }

        writer.Close();
    }

    private static string EntityPath(ArticleModel article, EntityModel entity) =>
        Names.Global(entity.NamespaceIn(article.Options.Namespace), entity.ContainerName) + "." + entity.Identifier;
}
