using System.Collections.Generic;
using ArticleGen.Generator.Analysis;

namespace ArticleGen.Tests.Analysis.Evaluation;

/// <summary>
/// Scores the engine on checklist articles as <see cref="QuoteScore"/> does on gold articles, matching a reported quote to
/// the next listed span with the same text (the checklist gives texts, not offsets). Detection: a quote reported as speech
/// is right when its span is listed as speech. Attribution: a speaker given is right when its span is listed as speech
/// by that speaker (case-insensitive; a nominal without its determiner).
/// </summary>
internal sealed class ChecklistScore
{
    public int Cases { get; private set; }

    public int Spans { get; private set; }

    public int SpeechSpans { get; private set; }

    public int Reported { get; private set; }

    public int DetectedRight { get; private set; }

    public int WithSpeaker { get; private set; }

    public int SpeakersGiven { get; private set; }

    public int SpeakersRight { get; private set; }

    public List<QuoteError> Errors { get; } = new();

    public Figures Detection => new(DetectedRight, Reported, SpeechSpans);

    public Figures Attribution => new(SpeakersRight, SpeakersGiven, WithSpeaker);

    public void Add(ChecklistCase listed, BodyAnalysis analysis)
    {
        Cases++;
        Spans += listed.Quotes.Count;
        foreach (var quote in listed.Quotes)
        {
            SpeechSpans += quote.IsSpeech ? 1 : 0;
            WithSpeaker += quote.IsSpeech && quote.Speaker is not null ? 1 : 0;
        }

        int next = 0;
        foreach (var found in analysis.Quotes)
        {
            string text = listed.Text.Substring(found.Start, found.Length);
            int match = next;
            while (match < listed.Quotes.Count && listed.Quotes[match].Text != text)
            {
                match++;
            }

            var span = match < listed.Quotes.Count ? listed.Quotes[match] : null;
            next = span is null ? next : match + 1;
            if (!found.IsSpeech)
            {
                if (span is { IsSpeech: true })
                {
                    Errors.Add(new QuoteError(listed.Id, "missed speech span", $"\"{text}\""));
                }

                continue;
            }

            Reported++;
            if (span is not { IsSpeech: true })
            {
                Errors.Add(new QuoteError(listed.Id, span is null ? "reported a span that is not listed" : $"reported a {span.Kind} as speech", $"\"{text}\""));
            }
            else
            {
                DetectedRight++;
            }

            if (found.SpeakerName is not { } speaker)
            {
                if (span is { IsSpeech: true, Speaker: not null })
                {
                    Errors.Add(new QuoteError(listed.Id, "no speaker", $"\"{text}\" (listed: {span.Speaker})"));
                }

                continue;
            }

            SpeakersGiven++;
            if (span is { IsSpeech: true, Speaker: { } expected } && QuoteScore.SameSpeaker(speaker, expected))
            {
                SpeakersRight++;
            }
            else
            {
                Errors.Add(new QuoteError(listed.Id, "wrong speaker", $"{speaker} for \"{text}\" (listed: {span?.Speaker ?? "none"}, {found.Rule})"));
            }
        }
    }
}
