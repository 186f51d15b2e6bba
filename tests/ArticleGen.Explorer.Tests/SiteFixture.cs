using System.Threading.Tasks;
using Xunit;

namespace ArticleGen.Explorer.Tests;

/// <summary>One site over the seeds and one over the seeds plus the hostile article, shared by a test class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>The site over seeds/.</summary>
    public RunningSite Seeds { get; private set; } = null!;

    /// <summary>The site over seeds/ and tests/ArticleGen.Explorer.Tests/Hostile.</summary>
    public RunningSite WithHostile { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        Seeds = await RunningSite.StartAsync(new ArticleLibrary(global::Seeds.Articles.All));
        WithHostile = await RunningSite.StartAsync(new ArticleLibrary([.. global::Seeds.Articles.All, .. global::Hostile.Articles.All]));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Seeds.DisposeAsync();
        await WithHostile.DisposeAsync();
    }
}
