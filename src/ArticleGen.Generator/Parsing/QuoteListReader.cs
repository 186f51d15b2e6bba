using System.Collections.Immutable;
using ArticleGen.Generator.Diagnostics;
using ArticleGen.Generator.Model;
using ArticleGen.Generator.Parsing.Yaml;

namespace ArticleGen.Generator.Parsing;

/// <summary>Reads a <c>quotes:</c> list of <c>{ text, speaker }</c> attributions.</summary>
internal static class QuoteListReader
{
    private static readonly string[] Fields = { "text", "speaker" };

    /// <summary>The entries, and where each entry's text and speaker stand, in the same order.</summary>
    public static (EquatableArray<QuoteAttribution> Quotes, EquatableArray<SourceLocation> Texts, EquatableArray<SourceLocation> Speakers) Read(YamlSource yaml, YamlNode node)
    {
        if (YamlSource.IsEmpty(node))
        {
            return (EquatableArray<QuoteAttribution>.Empty, EquatableArray<SourceLocation>.Empty, EquatableArray<SourceLocation>.Empty);
        }

        if (node is not YamlList list)
        {
            yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(node), "quotes", "a list of { text, speaker } entries");
            return (EquatableArray<QuoteAttribution>.Empty, EquatableArray<SourceLocation>.Empty, EquatableArray<SourceLocation>.Empty);
        }

        ImmutableArray<QuoteAttribution>.Builder quotes = ImmutableArray.CreateBuilder<QuoteAttribution>(list.Items.Count);
        ImmutableArray<SourceLocation>.Builder texts = ImmutableArray.CreateBuilder<SourceLocation>(list.Items.Count);
        ImmutableArray<SourceLocation>.Builder speakers = ImmutableArray.CreateBuilder<SourceLocation>(list.Items.Count);
        foreach (YamlNode item in list.Items)
        {
            if (item is not YamlMap entry)
            {
                yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(item), "quotes", "a list of { text, speaker } entries");
                continue;
            }

            string? text = null;
            string? speaker = null;
            SourceLocation textLocation = yaml.Locate(entry);
            SourceLocation speakerLocation = textLocation;
            foreach ((string key, YamlScalar keyNode, YamlNode value) in yaml.Pairs(entry))
            {
                switch (key)
                {
                    case "text": text = yaml.ReadString(value, "text"); textLocation = yaml.Locate(value); break;
                    case "speaker": speaker = yaml.ReadString(value, "speaker"); speakerLocation = yaml.Locate(value); break;
                    default:
                        yaml.ReportUnknownField(keyNode, key, Fields);
                        break;
                }
            }

            if (text is null || text.Trim().Length == 0)
            {
                yaml.Report(DiagnosticDescriptors.WrongFieldType, yaml.Locate(entry), "text", "the quote's text, not empty");
                continue;
            }

            quotes.Add(new QuoteAttribution(text, speaker));
            texts.Add(textLocation);
            speakers.Add(speakerLocation);
        }

        return (quotes.ToImmutable().ToEquatableArray(), texts.ToImmutable().ToEquatableArray(), speakers.ToImmutable().ToEquatableArray());
    }
}
