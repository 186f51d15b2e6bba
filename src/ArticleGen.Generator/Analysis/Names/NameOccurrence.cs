namespace ArticleGen.Generator.Analysis;

/// <summary>A person or organisation named outside quotes: a pronoun's possible antecedent.</summary>
/// <param name="Start">Body offset.</param>
/// <param name="End">Body offset just past the name.</param>
/// <param name="Paragraph">Index of the paragraph.</param>
/// <param name="Kind">Person or organisation.</param>
/// <param name="Entity">The declared entity, or -1 for a name taken from the text.</param>
/// <param name="Name">The entity's name or the (resolved) text name.</param>
/// <param name="IsSubject">Whether the name stands in subject position (see <see cref="BodyDocument.InSubjectPosition"/>).</param>
internal readonly record struct NameOccurrence(int Start, int End, int Paragraph, NameKind Kind, int Entity, string Name, bool IsSubject);
