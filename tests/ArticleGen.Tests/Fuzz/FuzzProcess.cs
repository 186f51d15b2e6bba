using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace ArticleGen.Tests.Fuzz;

/// <summary>
/// Launches the fuzzing host (tests/ArticleGen.Fuzzing) with <c>dotnet exec</c>: a stack overflow or a fail-fast there
/// ends that process, not the test host, and comes back as an exit code with the input it was reading.
/// </summary>
internal static class FuzzProcess
{
    /// <summary>The host's assembly, recorded at build time (ArticleGen.Tests.csproj).</summary>
    public static string HostPath { get; } = typeof(FuzzProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ArticleGen.Fuzzing").Value!;

    public static FuzzOutcome Run(string suite, int batches, TimeSpan timeout)
    {
        string folder = Path.Combine(AppContext.BaseDirectory, "fuzz", suite);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "exec", HostPath, suite, batches.ToString(System.Globalization.CultureInfo.InvariantCulture), folder })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bool timedOut = !process.WaitForExit(timeout);
        if (timedOut)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        string? saved = new[] { "failure", "current" }.Select(f => Path.Combine(folder, f)).FirstOrDefault(Directory.Exists);
        lock (output)
        {
            return new FuzzOutcome(process.ExitCode, timedOut, output.ToString(), saved);
        }
    }
}
