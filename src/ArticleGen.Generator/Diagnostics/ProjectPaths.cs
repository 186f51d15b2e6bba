using System;
using System.IO;
using System.Linq;

namespace ArticleGen.Generator.Diagnostics;

/// <summary>
/// How a message names another file: by its path relative to the project, with '/' separators. Two files of one name in
/// different folders then read apart (a bare file name made 'news/zeta.md' and 'news/sub/zeta.md' one name), and no
/// message holds a machine's absolute path.
/// </summary>
internal static class ProjectPaths
{
    /// <summary>The MSBuild property (visible to generators by default) that holds the project's folder.</summary>
    public const string ProjectDirectoryProperty = "build_property.ProjectDir";

    /// <param name="path">The file's path as the compiler gives it.</param>
    /// <param name="projectDirectory">The project's folder; empty when unknown, and then a path is named as given.</param>
    public static string Relative(string path, string projectDirectory)
    {
        string file = path.Replace('\\', '/');
        if (projectDirectory.Length == 0 || !Path.IsPathRooted(path))
        {
            return file;
        }

        string[] fileParts = file.Split('/');
        string[] folderParts = projectDirectory.Replace('\\', '/').TrimEnd('/').Split('/');
        int common = 0;
        while (common < folderParts.Length && common < fileParts.Length - 1 && string.Equals(folderParts[common], fileParts[common], StringComparison.OrdinalIgnoreCase))
        {
            common++;
        }

        // Another drive: no relative path leads there.
        return common == 0 ? file : string.Join("/", Enumerable.Repeat("..", folderParts.Length - common).Concat(fileParts.Skip(common)));
    }
}
