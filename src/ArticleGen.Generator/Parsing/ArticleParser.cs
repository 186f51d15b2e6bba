using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing.Yaml;

namespace ArticleGen.Generator.Parsing;

/// <summary>Turns an article file's text into a <see cref="ParsedArticle"/>: the parse step of the pipeline.</summary>
internal static class ArticleParser
{
    private static readonly string[] Fields = { "title", "id", "source", "published", "url", "authors", "language", "tags", "entities", "quotes" };

    public static ParsedArticle Parse(string filePath, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string defaultId = Path.GetFileNameWithoutExtension(filePath);
        return Path.GetExtension(filePath).Equals(".txt", StringComparison.OrdinalIgnoreCase)
            ? PlainTextReader.Read(filePath, defaultId, text)
            : ParseAnnotated(filePath, defaultId, text, cancellationToken);
    }

    private static ParsedArticle ParseAnnotated(string filePath, string defaultId, string text, CancellationToken cancellationToken)
    {
        ImmutableArray<DiagnosticInfo>.Builder diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        FrontMatter frontMatter = FrontMatter.Locate(text);
        var fields = new ArticleFields(defaultId, SourceLocation.FileStart(filePath));

        if (!frontMatter.Found)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, SourceLocation.FileStart(filePath)));
        }
        else if (!frontMatter.Closed)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FrontMatterNotClosed, SourceLocation.FileStart(filePath)));
        }
        else
        {
            var yaml = new YamlSource(filePath, frontMatter.YamlStart, 1, diagnostics);
            int reported = diagnostics.Count;
            YamlNode? root = yaml.Load(text.Substring(frontMatter.YamlStart, frontMatter.YamlEnd - frontMatter.YamlStart), cancellationToken);
            if (root is not null)
            {
                ReadFields(yaml, root, fields);
            }
            else if (diagnostics.Count == reported)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MissingTitle, SourceLocation.FileStart(filePath)));
            }
        }

        (string body, EquatableArray<int> removed) = LineEndings.Normalize(text.Substring(frontMatter.BodyStart));
        return fields.ToParsedArticle(filePath, ArticleFormat.Annotated, body, frontMatter.BodyStart, frontMatter.BodyLine, removed, diagnostics);
    }

    private static void ReadFields(YamlSource yaml, YamlNode root, ArticleFields fields)
    {
        if (YamlSource.IsEmpty(root))
        {
            yaml.Report(DiagnosticDescriptors.MissingTitle, yaml.Locate(root));
            return;
        }

        if (root is not YamlMap map)
        {
            yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(root), "front matter", "a map of fields (title: ..., source: ...)");
            return;
        }

        foreach ((string key, YamlScalar keyNode, YamlNode value) in yaml.Pairs(map))
        {
            switch (key)
            {
                case "title": fields.Title = yaml.ReadString(value, key); fields.TitleLocation = yaml.Locate(value); break;
                case "id": ReadId(yaml, value, fields); break;
                case "source": fields.Source = yaml.ReadString(value, key); break;
                case "published": ReadDate(yaml, value, fields); break;
                case "url": fields.Url = yaml.ReadString(value, key); break;
                case "authors": fields.Authors = yaml.ReadStringList(value, key); break;
                case "language": fields.Language = yaml.ReadString(value, key) ?? fields.Language; break;
                case "tags": fields.Tags = yaml.ReadStringList(value, key); break;
                case "entities": (fields.Entities, fields.EntityLocations) = EntityMapReader.Read(yaml, value); break;
                case "quotes": (fields.Quotes, fields.QuoteTextLocations, fields.QuoteSpeakerLocations) = QuoteListReader.Read(yaml, value); break;
                default:
                    yaml.ReportUnknownField(keyNode, key, Fields);
                    break;
            }
        }

        if (fields.Title is null || fields.Title.Trim().Length == 0)
        {
            yaml.Report(DiagnosticDescriptors.MissingTitle, fields.Title is null ? yaml.Locate(map) : fields.TitleLocation);
            fields.Title = null;
        }
    }

    private static void ReadId(YamlSource yaml, YamlNode value, ArticleFields fields)
    {
        string? id = yaml.ReadString(value, "id");
        if (id is null)
        {
            return;
        }

        if (id.Trim().Length == 0)
        {
            yaml.Report(DiagnosticDescriptors.InvalidId, yaml.Locate(value), id, "an article id needs at least one visible character");
            return;
        }

        fields.Id = id;
        fields.IdLocation = yaml.Locate(value);
    }

    private static void ReadDate(YamlSource yaml, YamlNode value, ArticleFields fields)
    {
        string? text = yaml.ReadString(value, "published");
        if (text is null)
        {
            return;
        }

        fields.Published = DateParser.Parse(text);
        if (fields.Published is null)
        {
            yaml.Report(DiagnosticDescriptors.BadDate, yaml.Locate(value), text);
        }
    }
}
