using System.Net;
using System.Text.Json;
using CaseGraph.Core.Access;
using CaseGraph.Indexing.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseGraph.Web.Tests;

/// <summary>
/// The API on real Kestrel (loopback, a free port) over the bundled corpus and temp indexes, as a newcomer runs it:
/// no key, so the browser is served as faculty. One key per role is configured too, for pages seen as that role.
/// Ready once /health/ready answers 200.
/// </summary>
public sealed class WebUiServer : WebApplicationFactory<Program>
{
    private readonly string _indexes = Path.Combine(Path.GetTempPath(), "casegraph-web-tests", Guid.NewGuid().ToString("N"));

    public static readonly IReadOnlyDictionary<Role, string> Keys = Enum.GetValues<Role>().ToDictionary(r => r, _ => ApiKeys.NewKey());

    public WebUiServer() => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    /// <summary>Whether the host embeds the corpus (off by default: the model would cost the suite its time).</summary>
    public bool SemanticEnabled { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseGraph:CorpusPath", RepositoryPaths.Default("corpus"));
        builder.UseSetting("CaseGraph:IndexesPath", _indexes);
        builder.UseSetting("CaseGraph:Watch", "false");
        builder.UseSetting("CaseGraph:Limits:PermitsPerSecond", "100000");
        builder.UseSetting("CaseGraph:Semantic:Enabled", SemanticEnabled ? "true" : "false");
        var i = 0;
        foreach (var (role, key) in Keys)
        {
            builder.UseSetting($"CaseGraph:Auth:Keys:{i}:Name", role.ToSlug() + "-web");
            builder.UseSetting($"CaseGraph:Auth:Keys:{i}:Role", role.ToSlug());
            builder.UseSetting($"CaseGraph:Auth:Keys:{i++}:Sha256", ApiKeys.Hash(key));
        }
    }

    /// <summary>Starts the server and waits until it answers searches (and, with meaning, until every item is
    /// embedded); returns its loopback address.</summary>
    public async Task<Uri> StartAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(SemanticEnabled ? 240 : 120);
        while (DateTime.UtcNow < deadline)
        {
            if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK && (!SemanticEnabled || await FullyEmbeddedAsync(client)))
                return client.BaseAddress!;
            await Task.Delay(200);
        }
        throw new TimeoutException("the API was not ready in time");
    }

    private static async Task<bool> FullyEmbeddedAsync(HttpClient client)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/health"));
        return health.RootElement.TryGetProperty("semantic", out var semantic) && semantic.GetProperty("coverage").GetDouble() >= 1;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_indexes, recursive: true); }
        catch (IOException) { /* a reader may still hold a file; the temp folder is cleaned later */ }
    }
}
