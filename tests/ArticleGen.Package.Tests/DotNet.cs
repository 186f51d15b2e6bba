using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace ArticleGen.Package.Tests;

/// <summary>Runs the dotnet CLI and captures what it prints.</summary>
internal static class DotNet
{
    public static (int ExitCode, string Output) Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using Process process = Start(workingDirectory, environment, arguments, out StringBuilder output, onLine: null);
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 10 minutes");
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    /// <summary>Starts the CLI; every line it prints is added to <paramref name="output"/> and handed to <paramref name="onLine"/>.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments, out StringBuilder output, Action<string>? onLine)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A clean CLI: no telemetry or first-run output mixed into what the tests read.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        Process process = Process.Start(start)!;
        var lines = new StringBuilder();
        void Received(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (lines)
                {
                    lines.AppendLine(e.Data);
                }

                onLine?.Invoke(e.Data);
            }
        }

        process.OutputDataReceived += Received;
        process.ErrorDataReceived += Received;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = lines;
        return process;
    }
}
