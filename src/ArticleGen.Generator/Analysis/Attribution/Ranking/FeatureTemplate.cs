namespace ArticleGen.Generator.Analysis.Attribution.Ranking;

/// <summary>
/// The feature templates of the speaker ranker (<see cref="CandidateFeatures"/>). A feature is a template and up to
/// three small values; the templates of the "no speaker" candidate describe the quote, since a feature that every
/// candidate shares cannot change the ranking. Numbers are fixed: the shipped weights are indexed by them.
/// </summary>
internal enum FeatureTemplate
{
    /// <summary>"No speaker": bias.</summary>
    NoneBias = 1,

    /// <summary>"No speaker": the sieve's stage for the quote (None when it decided nothing), whether a speech clause
    /// introduces the quote whose subject no stage found.</summary>
    NoneSieve = 2,

    /// <summary>"No speaker": a speech verb outside quotes in the quote's sentence, the sieve's stage.</summary>
    NoneSpeechVerb = 3,

    /// <summary>"No speaker": the quote opens its paragraph, opens its sentence, the sieve's stage.</summary>
    NonePlacement = 4,

    /// <summary>"No speaker": how many name candidates the window holds (bucket), the sieve's stage.</summary>
    NoneCandidates = 5,

    /// <summary>"No speaker": the quote holds a first-person word, the sieve's stage.</summary>
    NoneFirstPerson = 6,

    /// <summary>"No speaker": the quote's length in tokens (bucket), the sieve's stage.</summary>
    NoneLength = 7,

    /// <summary>"No speaker": the quote continues one of the previous paragraph, runs on into the next.</summary>
    NoneMultiParagraph = 8,

    /// <summary>A candidate's kind (person, organisation, unknown), whether it is a role noun.</summary>
    Kind = 20,

    /// <summary>The sieve proposed this candidate: its stage, the candidate's kind.</summary>
    Sieve = 21,

    /// <summary>The sieve proposed this candidate: its stage, where the nearest mention stands (direction, sentences).</summary>
    SieveNearest = 22,

    /// <summary>The previous quote's speaker (by the sieve): how the two quotes stand (same sentence, paragraph, …), the
    /// sieve's stage for this quote.</summary>
    PreviousSpeaker = 23,

    /// <summary>The next quote's speaker (by the sieve): how the two quotes stand, the sieve's stage for this quote.</summary>
    NextSpeaker = 24,

    /// <summary>How many earlier quotes the sieve gave to this candidate (bucket), the sieve's stage.</summary>
    EarlierSpeaker = 25,

    /// <summary>The nearest mention: direction (before, after the quote), sentence distance (bucket), subject position.</summary>
    Nearest = 26,

    /// <summary>The nearest mention: direction, sentence distance, the candidate's kind.</summary>
    NearestKind = 27,

    /// <summary>The nearest mention: direction, paragraph distance (bucket).</summary>
    Paragraphs = 28,

    /// <summary>The nearest mention: direction, token distance (log2 bucket).</summary>
    Tokens = 29,

    /// <summary>A speech verb next to the nearest mention (none, "X said", "said X", "according to X"): direction,
    /// sentence distance, the link.</summary>
    VerbLink = 30,

    /// <summary>The nearest mention's rank among the candidates on its side of the quote (0 = nearest): direction,
    /// rank (bucket), subject position.</summary>
    Rank = 31,

    /// <summary>How many times the article names the candidate outside quotes (bucket), its kind.</summary>
    Frequency = 32,

    /// <summary>How many of the window's mentions name the candidate (bucket).</summary>
    WindowCount = 33,

    /// <summary>How many words the candidate's name has (bucket), its kind.</summary>
    Words = 34,

    /// <summary>Where the candidate came from (the name finder's persons and organisations, or only the scan of the
    /// sentences around the quote), its kind, whether it is a role noun.</summary>
    Source = 35,
}
