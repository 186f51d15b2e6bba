namespace ArticleGen.Generator.Model;

/// <summary>
/// The articles whose id or C# name another article already takes (by file path order), and the diagnostics
/// saying so. Usually empty, so an article's own output does not change when another article is edited.
/// </summary>
internal sealed record ArticleNameTable(EquatableArray<string> ExcludedFiles, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool Excludes(string filePath)
    {
        foreach (string excluded in ExcludedFiles)
        {
            if (excluded == filePath)
            {
                return true;
            }
        }

        return false;
    }
}
