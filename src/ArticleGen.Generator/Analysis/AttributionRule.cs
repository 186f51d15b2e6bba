namespace ArticleGen.Generator.Analysis;

/// <summary>Which rule attributed a quote to its speaker.</summary>
internal enum AttributionRule
{
    /// <summary>No rule decided: the quote has no speaker.</summary>
    None,

    /// <summary>A speech verb next to the quote with a named subject ("…,” Blinken said", "Wang told Blinken that “…”", "said X").</summary>
    SpeechVerb,

    /// <summary>A speech verb whose subject is he/she (nearest person) or it/they (nearest organization).</summary>
    Pronoun,

    /// <summary>The quote continues the previous one (same sentence or paragraph, a quote running over several paragraphs, or a
    /// bare quote paragraph after narration that brings in no one else) and keeps its speaker.</summary>
    Continuation,

    /// <summary>"according to X", "as X put it".</summary>
    AccordingTo,

    /// <summary>A passive speech verb: "was told by X", "described by X as “…”".</summary>
    Passive,

    /// <summary>A quote that opens its sentence with no attribution of its own takes the speaker of the sentence before
    /// it: "Barton said the attack was planned. “…”", "She added: ¶ “…”", or that sentence's quote's speaker.</summary>
    PreviousSentence,

    /// <summary>A quote in the first person singular ("my love for Halloween") whose sentence has no speech clause: the
    /// person the sentence is about, its subject before the quote ("Lisa Mancini has been cosplaying for years, her passion
    /// “stemmed through my love for Halloween.”").</summary>
    FirstPerson,

    /// <summary>A quote that "I" or "we" introduces in an interview transcript's answer: the interviewee labelled
    /// "((Jo Lee))" before it ("So I thought: “…”").</summary>
    Interview,

    /// <summary>A speech quote inside a sentence that no clause attributes: the sentence's subject before it.</summary>
    SentenceSubject,

    /// <summary>A paragraph of quotes alone after a paragraph with no quote that names one person: that person ("Jo Lee has
    /// spent 31 years at sea. ¶ “…”").</summary>
    LeadPerson,
}
