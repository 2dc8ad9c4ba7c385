using Microsoft.Playwright;

// One collection at a time: the server with meaning embeds the bundled corpus on both cores while it starts, and the
// other pages' tests, run beside it, would wait for the CPU past their timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CaseGraph.Web.Tests;

/// <summary>
/// One server and one headless Debian Chromium for every web test. Without /usr/bin/chromium the tests skip, unless
/// CASEGRAPH_REQUIRE_BROWSER=1 (CI), where they fail. Playwright drives the system browser; nothing is downloaded.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebUiServer _server;

    public BrowserFixture() : this(semantic: false) { }

    /// <param name="semantic">Whether the server embeds the corpus and is ready only once every item is embedded.</param>
    protected BrowserFixture(bool semantic) => _server = new WebUiServer { SemanticEnabled = semantic };
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public static bool BrowserRequired => Environment.GetEnvironmentVariable("CASEGRAPH_REQUIRE_BROWSER") == "1";

    public static bool BrowserMissing => !File.Exists(ChromiumPath);

    /// <summary>Skips the calling test when there is no browser and CI does not require one.</summary>
    public void RequireBrowser()
    {
        Skip.If(BrowserMissing && !BrowserRequired, $"{ChromiumPath} is not installed (apt-get install chromium); set CASEGRAPH_REQUIRE_BROWSER=1 to fail instead");
        if (BrowserMissing) throw new InvalidOperationException($"CASEGRAPH_REQUIRE_BROWSER=1 but {ChromiumPath} is not installed");
    }

    public async Task InitializeAsync()
    {
        if (BrowserMissing) return; // every test skips or fails: no server needed
        BaseAddress = await _server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A fresh page (own context: own sessionStorage, downloads accepted), 1280x800 unless told.</summary>
    /// <param name="apiKey">a key already entered in this tab (sessionStorage), as a user who typed it in would have</param>
    public async Task<IPage> NewPageAsync(string? apiKey = null, int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(10_000);
        if (apiKey is not null) await context.AddInitScriptAsync($"sessionStorage.setItem('casegraph-api-key', '{apiKey}');");
        return await context.NewPageAsync();
    }

    /// <summary>The API with this key (none: anonymous on loopback, served as faculty).</summary>
    public HttpClient ApiClient(string apiKey)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public HttpClient ApiClient() => _server.CreateClient();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "web UI in Chromium";
}

/// <summary>The same, over a server that searches by meaning (the bundled corpus embedded with the real model first).</summary>
public sealed class SemanticBrowserFixture() : BrowserFixture(semantic: true);

[CollectionDefinition(Name)]
public sealed class SemanticBrowserCollection : ICollectionFixture<SemanticBrowserFixture>
{
    public const string Name = "web UI in Chromium, with search by meaning";
}
