using System;
using System.IO;
using System.Linq;
using System.Text;

namespace ArticleGen.Tests.Fuzz;

/// <summary>What a run of the fuzzing host came to.</summary>
/// <param name="ExitCode">0: every check held; 1: a check failed; anything else: the process died (or was stopped).</param>
/// <param name="Output">What it printed, standard error included.</param>
/// <param name="SavedInput">The batch that failed or was being read when the process died, if any.</param>
internal sealed record FuzzOutcome(int ExitCode, bool TimedOut, string Output, string? SavedInput)
{
    public bool Passed => ExitCode == 0 && !TimedOut;

    /// <summary>The last line the host printed: "OK suite: N articles in M compilations, T s", or its failure.</summary>
    public string Summary => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("OK ", StringComparison.Ordinal)).LastOrDefault() ?? string.Empty;

    /// <summary>How many articles the host checked, read from its summary.</summary>
    public int Articles => Summary.Split(' ') is [_, _, var count, "articles", ..] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 0;

    /// <summary>Why the run failed, with the saved input (its start) and how to replay it.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.Append(TimedOut ? "the fuzzing host did not finish in time" : ExitCode == 1 ? "a check failed" : $"the fuzzing host died (exit code {ExitCode})");
        text.Append(":\n").Append(Tail(Output, 6000));
        if (SavedInput is not null)
        {
            string readable = Path.Combine(SavedInput, "batch.txt");
            text.Append("\ninput saved in ").Append(SavedInput)
                .Append(" (replay: dotnet exec ").Append(FuzzProcess.HostPath).Append(" replay ").Append(Path.Combine(SavedInput, "batch.utf16")).Append(")\n")
                .Append(File.Exists(readable) ? Head(File.ReadAllText(readable), 4000) : string.Empty);
        }

        return text.ToString();
    }

    private static string Tail(string text, int length) => text.Length <= length ? text : "..." + text.Substring(text.Length - length);

    private static string Head(string text, int length) => text.Length <= length ? text : text.Substring(0, length) + "...";
}
