using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ArticleGen.Tests.Infrastructure;

/// <summary>
/// Snapshot testing in Verify's file conventions (Verify itself cannot be restored here): the accepted output is
/// <c>{Class}.{Method}#{name}.verified.cs</c> beside the test file; on a mismatch the new output is written to
/// <c>.received.cs</c> beside it and the test fails with a line diff. To accept a reviewed change, copy the
/// received file over the verified one (or run once with <c>ARTICLEGEN_ACCEPT_SNAPSHOTS=1</c>).
/// </summary>
internal static class Snapshot
{
    public static void Verify(
        string actual,
        string name,
        string extension = "cs",
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string method = "")
    {
        string directory = Path.GetDirectoryName(testFile)!;
        string stem = Path.Combine(directory, $"{Path.GetFileNameWithoutExtension(testFile)}.{method}#{name}");
        string verifiedPath = $"{stem}.verified.{extension}";
        string receivedPath = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable("ARTICLEGEN_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        throw new XunitException(verified is null
            ? $"No verified snapshot yet: review {Path.GetFileName(receivedPath)} and rename it to {Path.GetFileName(verifiedPath)}."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (new output in {Path.GetFileName(receivedPath)}):\n{Diff(verified, actual)}");
    }

    private static string Diff(string verified, string actual)
    {
        DiffPaneModel diff = InlineDiffBuilder.Diff(verified, actual);
        var text = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < diff.Lines.Count && shown < 60; i++)
        {
            DiffPiece line = diff.Lines[i];
            if (line.Type is ChangeType.Inserted or ChangeType.Deleted)
            {
                text.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").Append(line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?").Append(": ").AppendLine(line.Text);
                shown++;
            }
        }

        return text.ToString();
    }
}
