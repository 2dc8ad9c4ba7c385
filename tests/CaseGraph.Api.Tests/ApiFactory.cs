using CaseGraph.Api.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseGraph.Api.Tests;

/// <summary>
/// The real API host over a temp corpus and temp indexes; waits until the hosted worker has indexed. Anonymous
/// callers are faculty (the in-memory server counts as loopback) and the rate limit is out of the way. Nothing is
/// embedded unless <see cref="SemanticEnabled"/> (the model would cost the suite its time).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestCorpus Corpus { get; } = new();

    /// <summary>Whether the host embeds the corpus (<c>CaseGraph:Semantic:Enabled</c>); set before the host starts.</summary>
    public bool SemanticEnabled { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseGraph:CorpusPath", Corpus.CorpusDir);
        builder.UseSetting("CaseGraph:IndexesPath", Corpus.IndexesDir);
        builder.UseSetting("CaseGraph:Watch", "false");
        builder.UseSetting("CaseGraph:Limits:PermitsPerSecond", "100000");
        builder.UseSetting("CaseGraph:Semantic:Enabled", SemanticEnabled ? "true" : "false");
    }

    /// <summary>A client that sends no key (anonymous) or this one.</summary>
    public HttpClient Client(string? apiKey = null)
    {
        var client = CreateClient();
        if (client.BaseAddress is { Host: "[::]" or "0.0.0.0" } any) // listening on every interface: call it on loopback
            client.BaseAddress = new UriBuilder(any) { Host = "127.0.0.1" }.Uri;
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public virtual async Task InitializeAsync()
    {
        var (status, warmUp) = (Services.GetRequiredService<IndexingStatus>(), Services.GetRequiredService<SearchWarmUp>());
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var now = status.Current;
            if (now.State == IndexingState.Idle && warmUp.Done) return;
            if (now.State == IndexingState.Failed) throw new InvalidOperationException("indexing failed: " + now.LastError);
            await Task.Delay(100);
        }
        throw new TimeoutException("indexing and the search warm-up did not finish in 90 s");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        Corpus.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// One host and one index run for the test classes that only read the test corpus with anonymous (faculty) calls:
/// none of them writes a keys file, changes the corpus or needs its own settings. Their tests run one after another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlyApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "read-only API over the test corpus";
}
