namespace ArticleGen.Generator.Analysis;

/// <summary>The subject of a speech verb: a run of capitalised tokens, or a pronoun.</summary>
/// <param name="FirstToken">First token of the name run, or the pronoun's token.</param>
/// <param name="EndToken">Index just past the name run (for a pronoun: its token + 1).</param>
/// <param name="Pronoun">The pronoun's kind, or <see cref="PronounKind.None"/> for a name.</param>
/// <param name="Rule">The rule that found the subject.</param>
/// <param name="LastToken">The last token of the attribution clause (verb or subject), for the sentence span.</param>
/// <param name="Nominal">The subject is a role noun ("police", "the spokesperson"), not a name.</param>
internal readonly record struct Subject(int FirstToken, int EndToken, PronounKind Pronoun, AttributionRule Rule, int LastToken, bool Nominal = false);
