namespace ArticleGen.Generator.Model;

/// <summary>
/// The articles whose id or C# name another article already takes (by file path order); the diagnostics saying so
/// travel beside it (<see cref="Reported{T}"/>). Usually empty, so an article's own output does not change when
/// another article is edited.
/// </summary>
internal sealed record ArticleNameTable(EquatableArray<string> ExcludedFiles)
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
