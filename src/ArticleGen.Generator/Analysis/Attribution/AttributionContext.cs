using System.Collections.Generic;
using System.Collections.Immutable;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// What every attribution stage reads (the tokenised body, the entity mentions, the names the text introduces) and
/// what the stages have decided so far, per quote: later stages build on earlier ones (a pronoun on the previous
/// speaker, a continuation on the previous quote).
/// </summary>
internal sealed class AttributionContext
{
    public AttributionContext(
        BodyDocument document,
        ImmutableArray<FoundMention> mentions,
        IReadOnlyList<EntitySurface> entities,
        PersonRegistry registry,
        List<NameOccurrence> occurrences)
    {
        Document = document;
        Mentions = mentions;
        Entities = entities;
        EntityNames = new EntityNameIndex(entities);
        Registry = registry;
        Occurrences = occurrences;
        int count = document.Quotes.Length;
        Speakers = new Speaker?[count];
        Rules = new AttributionRule[count];
        AttributionEnd = new int[count];
        UnresolvedClause = new bool[count];
        for (int q = 0; q < count; q++)
        {
            AttributionEnd[q] = -1;
        }
    }

    public BodyDocument Document { get; }

    public string Body => Document.Body;

    public Token[] Tokens => Document.Tokens;

    public ImmutableArray<FoundMention> Mentions { get; }

    public IReadOnlyList<EntitySurface> Entities { get; }

    public EntityNameIndex EntityNames { get; }

    /// <summary>The full person names the text introduces, for bare names ("Blinken" → "Antony Blinken").</summary>
    public PersonRegistry Registry { get; }

    /// <summary>Persons and organisations named outside quotes, in body order: antecedents for pronouns.</summary>
    public List<NameOccurrence> Occurrences { get; }

    /// <summary>Per quote, the speaker decided so far, or null.</summary>
    public Speaker?[] Speakers { get; }

    /// <summary>Per quote, the stage that decided its speaker.</summary>
    public AttributionRule[] Rules { get; }

    /// <summary>Per quote, the last token of its attribution clause (for the sentence span), or -1.</summary>
    public int[] AttributionEnd { get; }

    /// <summary>Per quote, whether a speech clause introduces it whose subject no stage could find ("…,” said a protester
    /// using the pseudonym Katya"): the weaker stages (continuation, first person, previous sentence) must not guess.</summary>
    public bool[] UnresolvedClause { get; }

    /// <summary>Records a decision for quote <paramref name="q"/>.</summary>
    public void Decide(int q, Speaker speaker, AttributionRule rule, int attributionEnd = -1)
    {
        Speakers[q] = speaker;
        Rules[q] = rule;
        if (attributionEnd >= 0)
        {
            AttributionEnd[q] = attributionEnd;
        }
    }

    public int LastMentionStartingBefore(int position) => SortedSearch.LastBefore(Mentions, position, item => item.Start);

    public int LastOccurrenceStartingBefore(int position) => SortedSearch.LastBefore(Occurrences, position, item => item.Start);

    /// <summary>Whether <paramref name="position"/> lies inside an organisation's name taken from the text ("the Food
    /// <b>and</b> Drug Administration").</summary>
    public bool InsideOrganizationName(int position)
        => LastOccurrenceStartingBefore(position) is var o and >= 0
            && Occurrences[o] is { Kind: NameKind.Organization, Entity: < 0 } occurrence
            && occurrence.End > position && JoinedOrganization.IsJoined(occurrence.Name);
}
