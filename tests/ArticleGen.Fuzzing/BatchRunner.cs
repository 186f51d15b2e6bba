using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArticleGen.Tests.Infrastructure;

namespace ArticleGen.Fuzzing;

/// <summary>
/// Runs the generator over one batch of articles at a time (one compilation each, since compiling is what costs),
/// after saving the batch in <c>current/</c>: if the process dies reading it, the batch stays there for the test to
/// report. A batch that fails a check is kept in <c>failure/</c>.
/// </summary>
internal sealed class BatchRunner(string folder)
{
    public string Current { get; } = Path.Combine(folder, "current");

    public string Failure { get; } = Path.Combine(folder, "failure");

    public int Articles { get; private set; }

    public int Compilations { get; private set; }

    public void Run(IReadOnlyList<(string Path, string Text)> files, Action<GeneratorRun> check)
    {
        SavedInput.Write(Current, files);
        GeneratorRun run = GeneratorHarness.Run(files, string.Empty);
        try
        {
            Checks.Safe(run, files);
            check(run);
        }
        catch (FuzzFailure)
        {
            // The first failing batch is kept; CsCheck goes on sampling in search of a smaller one.
            if (!Directory.Exists(Failure))
            {
                Directory.Move(Current, Failure);
            }
            else
            {
                Directory.Delete(Current, recursive: true);
            }

            throw;
        }

        Directory.Delete(Current, recursive: true);
        Articles += files.Count(f => !f.Path.EndsWith(".entities.yml", StringComparison.Ordinal));
        Compilations++;
    }
}
