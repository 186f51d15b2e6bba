using System;
using System.IO;

namespace ArticleGen.Benchmarks;

/// <summary>Finds the repository the benchmarks were built from (the folder holding ArticleGen.sln).</summary>
public static class Repository
{
    public static string Root
    {
        get
        {
            for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArticleGen.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run the benchmarks from inside the ArticleGen repository.");
        }
    }
}
