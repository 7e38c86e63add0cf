using Microsoft.Playwright;
using Sitrep.Testing;
using Xunit;

namespace Sitrep.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (its own browser download does not work here). Without
/// <c>/usr/bin/chromium</c> a browser test skips with a message; on CI it fails, since <c>.ci/run</c>
/// installs it. Screenshots go to <c>artifacts/screenshots/</c> at the repository root.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Chromium { get; private set; }

    public static string Screenshots { get; } = Path.Combine(SharedCorpus.RepoRoot, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>A fresh page (its own context: no cookies or history shared between tests).</summary>
    public async Task<IPage> OpenAsync(int width = 1280, int height = 900)
    {
        if (Chromium is null)
        {
            string message = $"Chromium is not at {ChromiumPath} (apt-get install chromium).";
            if (SharedCorpus.OnCi)
            {
                Assert.Fail(message + " CI=true, so this fails instead of skipping.");
            }

            Assert.Skip(message + " Skipping the browser test.");
        }

        var context = await Chromium.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves what the screen shows (<paramref name="fullPage"/>: the whole page, scrolled).</summary>
    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = fullPage });

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
