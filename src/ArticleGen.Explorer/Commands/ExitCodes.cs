namespace ArticleGen.Explorer.Commands;

/// <summary>What the explorer's exit code says, the same for every command.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and found something.</summary>
    public const int Found = 0;

    /// <summary>The command ran and found nothing: no hit, no quote, no entity by that name, no article in the range.</summary>
    public const int NothingFound = 1;

    /// <summary>The command line is not one the explorer understands.</summary>
    public const int Usage = 2;
}
