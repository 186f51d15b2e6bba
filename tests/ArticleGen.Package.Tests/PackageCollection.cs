using Xunit;

namespace ArticleGen.Package.Tests;

/// <summary>The package tests share one pack (it takes a minute) and one folder, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}
