using System;
using System.IO;
using Xunit;

namespace ArticleGen.Explorer.BrowserTests;

/// <summary>
/// A browser test. It runs when Chromium is installed, and always in CI (CI=true: a missing browser then fails the
/// test instead of skipping it; .ci/run installs Debian's chromium). Outside CI without a browser it is skipped, saying why.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Where the browser is: CHROMIUM_PATH, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Marks the test as skipped when no browser is there, outside CI.</summary>
    public BrowserFactAttribute()
    {
        bool inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && !File.Exists(ChromiumPath))
        {
            Skip = $"no browser at {ChromiumPath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH; in CI (CI=true) this test runs and fails instead";
        }
    }
}
