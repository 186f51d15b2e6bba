using System.Collections.Generic;

namespace ArticleGen.Generator.Analysis.Attribution;

/// <summary>
/// One stage of the attribution sieve: looks for the clause that introduces a quote in one way ("…,” X said",
/// "X said “…”", "according to X", …) and returns its subject, or null when this stage cannot decide. Stages run in
/// order of precision; the first that finds a subject the speaker linker accepts decides.
/// </summary>
internal abstract class AttributionSieve
{
    protected AttributionSieve(AttributionContext context, SubjectFinder subjects)
    {
        Context = context;
        Subjects = subjects;
    }

    protected AttributionContext Context { get; }

    protected SubjectFinder Subjects { get; }

    protected BodyDocument Document => Context.Document;

    protected string Body => Context.Body;

    protected Token[] Tokens => Context.Tokens;

    /// <summary>The subject that introduces quote <paramref name="q"/>, or null.</summary>
    public abstract Subject? Find(int q);

    /// <summary>Whether the name is a person's, or a single word that names a person the text introduced ("Levy" after
    /// "Daniel Levy").</summary>
    protected bool IsPersonOrKnownSurname(TextName? name)
        => name is { Kind: NameKind.Person }
            || (name is { Kind: NameKind.Unknown, WordCount: 1 } surname && Context.Registry.Resolve(surname.Name, surname.Start) is not null);
}
