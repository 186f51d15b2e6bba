using System;
using System.Globalization;
using System.IO;
using ArticleGen.Corpus;
using BenchmarkDotNet.Running;

namespace ArticleGen.Benchmarks;

/// <summary>
/// <c>make-project compiled|resources N DIR [--aot]</c> (or <c>make-project package N DIR FEED</c>, on the package packed into FEED) writes a consuming project over N corpus articles (see
/// docs/performance.md); <c>make-partitions P N DIR</c> writes a base, P partitions of N articles and an app (docs/scale-out.md); <c>profile N</c> and <c>edit-report N</c> print one traced run; <c>stage-profile N [PASSES]</c> times the stages without a driver; <c>compile-profile N [PASSES] [VARIANT,...]</c> compiles the output without one construct at a time; <c>edit-profile N</c> times many edits; <c>trace-target cold|edit N K</c> loops for a profiler; <c>metadata-sizes DLL</c> prints an assembly's heap sizes; anything else goes to BenchmarkDotNet (<c>--filter *Generator*</c> and so on).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length is 4 or 5 && args[0] == "make-project" && args[1] != "package" && (args.Length == 4 || args[4] == "--aot"))
        {
            var kind = Enum.Parse<CorpusProjectKind>(args[1], ignoreCase: true);
            int count = int.Parse(args[2], CultureInfo.InvariantCulture);
            bool nativeAot = args.Length == 5;
            CorpusProject.Write(args[3], count, Repository.Root, kind, nativeAot);
            Console.WriteLine($"Wrote a {kind} project{(nativeAot ? " for Native AOT" : string.Empty)} with {count} articles to {Path.GetFullPath(args[3])}");
            return 0;
        }

        if (args.Length == 4 && args[0] == "make-partitions")
        {
            int partitions = int.Parse(args[1], CultureInfo.InvariantCulture);
            int each = int.Parse(args[2], CultureInfo.InvariantCulture);
            PartitionedCorpusProject.Write(args[3], partitions, each, Repository.Root);
            Console.WriteLine($"Wrote {partitions} partitions of {each} articles, a base and an app to {Path.GetFullPath(args[3])}");
            return 0;
        }

        if (args.Length == 2 && args[0] == "profile")
        {
            StepProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length is 2 or 3 && args[0] == "stage-profile")
        {
            StageProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2);
            return 0;
        }

        if (args.Length is 2 or 3 or 4 && args[0] == "compile-profile")
        {
            CompileProfile.Run(
                int.Parse(args[1], CultureInfo.InvariantCulture),
                args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3,
                args.Length == 4 ? args[3].Split(',') : null);
            return 0;
        }

        if (args.Length == 2 && args[0] == "edit-profile")
        {
            EditProfile.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length == 4 && args[0] == "trace-target" && args[1] is "cold" or "edit")
        {
            ProfilerTarget.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length == 2 && args[0] == "metadata-sizes")
        {
            MetadataSizes.Run(args[1]);
            return 0;
        }

        if (args.Length == 2 && args[0] == "edit-report")
        {
            EditReport.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

        if (args.Length == 5 && args[0] == "make-project" && args[1] == "package")
        {
            CorpusProject.Write(args[3], int.Parse(args[2], CultureInfo.InvariantCulture), Repository.Root, CorpusProjectKind.Package, feed: args[4]);
            Console.WriteLine($"Wrote a project on the package in {args[4]} with {args[2]} articles to {Path.GetFullPath(args[3])}");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
