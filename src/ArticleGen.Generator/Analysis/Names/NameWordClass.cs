using System;

namespace ArticleGen.Generator.Analysis;

/// <summary>
/// What a word of a capitalised run can be in a name, read from the lexicon once per token
/// (<see cref="BodyDocument.NameClass"/>): the name interpreter asks the same of each word of a run several times, and
/// there is such a run in nearly every sentence.
/// </summary>
[Flags]
internal enum NameWordClass : byte
{
    None = 0,

    /// <summary>Set on every class once read, so that a word in no class is not read again.</summary>
    Read = 1,

    /// <summary><see cref="Lexicon.IsTitle"/>: "President", "Mayor-elect".</summary>
    Title = 2,

    /// <summary><see cref="Lexicon.IsOrganizationCue"/>: "Ministry", "University".</summary>
    OrganizationCue = 4,

    /// <summary><see cref="Lexicon.IsNonPersonWord"/>: a word of places and things, never of a person's name.</summary>
    NonPersonWord = 8,

    /// <summary>Shaped as a word of a person's name: "Blinken", "F.", "el-Sisi" (an initial, or a capital with lower case).</summary>
    NameShaped = 16,

    /// <summary><see cref="Lexicon.IsFunctionWord"/>: "The", "However", a month, a day.</summary>
    FunctionWord = 32,
}
