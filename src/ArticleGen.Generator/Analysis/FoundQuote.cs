namespace ArticleGen.Generator.Analysis;

/// <summary>A direct quote of the body and its inferred speaker.</summary>
/// <param name="Start">Body offset of the quote's text; the quote marks are excluded.</param>
/// <param name="Length">Length of the quote's text (marks excluded).</param>
/// <param name="SentenceStart">Start of the sentence holding the quote's opening mark.</param>
/// <param name="SentenceLength">Length of that sentence, including the closing mark and a trailing attribution.</param>
/// <param name="Speaker">Index into the entity list, or -1.</param>
/// <param name="SpeakerName">The entity's name when <paramref name="Speaker"/> is an entity, else a name taken from the text, else null.</param>
/// <param name="Rule">The rule that decided the speaker.</param>
/// <param name="IsSpeech">Someone's spoken or written words; false for a quoted title, term or scare quote.</param>
internal readonly record struct FoundQuote(
    int Start,
    int Length,
    int SentenceStart,
    int SentenceLength,
    int Speaker,
    string? SpeakerName,
    AttributionRule Rule,
    bool IsSpeech);
