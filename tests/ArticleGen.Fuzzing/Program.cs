using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using ArticleGen.Fuzzing;
using ArticleGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis;

// dotnet exec ArticleGen.Fuzzing.dll <suite> <batches> <folder>   runs a suite; the batch being read is in <folder>/current
// dotnet exec ArticleGen.Fuzzing.dll replay <batch.utf16>          runs one saved batch again, in this process
// The last line says OK (exit code 0) or FAILED (exit code 1, the failing batch saved in <folder>/failure).
if (args.Length == 2 && args[0] == "replay")
{
    List<(string Path, string Text)> files = SavedInput.Read(args[1]);
    GeneratorRun run = GeneratorHarness.Run(files, string.Empty);
    Checks.Safe(run, files);
    Console.WriteLine($"OK replay: {files.Count} files");
    return 0;
}

if (args.Length != 3 || !int.TryParse(args[1], out int batches))
{
    Console.Error.WriteLine("usage: ArticleGen.Fuzzing <random|mutated|plain|yaml|crash> <batches> <folder> | replay <batch.utf16>");
    return 2;
}

string suite = args[0];
var runner = new BatchRunner(args[2]);
Stopwatch time = Stopwatch.StartNew();
try
{
    Suites.Run(suite, batches, runner);
}
catch (CsCheckException e)
{
    // CsCheck's own message prints the whole batch; the check's says what failed, and the batch is on disk.
    string message = e.InnerException is { } inner ? inner.GetType().Name + ": " + inner.Message : e.Message;
    Console.WriteLine($"FAILED {suite}: {(message.Length > 4000 ? message.Substring(0, 4000) + "..." : message)}");
    Console.WriteLine($"input: {Path.GetFullPath(runner.Failure)}");
    return 1;
}

Console.WriteLine($"OK {suite}: {runner.Articles} articles in {runner.Compilations} compilations, {time.Elapsed.TotalSeconds:F1} s");
return 0;
