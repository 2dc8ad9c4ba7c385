using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseGraph.Api.Tests;

/// <summary>The real API host over a temp corpus and temp indexes; waits until the hosted worker has indexed.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestCorpus Corpus { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("CaseGraph:CorpusPath", Corpus.CorpusDir);
        builder.UseSetting("CaseGraph:IndexesPath", Corpus.IndexesDir);
        builder.UseSetting("CaseGraph:Watch", "false");
    }

    public async Task InitializeAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var health = await client.GetFromJsonAsync<JsonElement>("/health");
            var state = health.GetProperty("indexing").GetProperty("state").GetString();
            if (state == "idle") return;
            if (state == "failed") throw new InvalidOperationException("indexing failed: " + health);
            await Task.Delay(100);
        }
        throw new TimeoutException("indexing did not finish in 90 s");
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        Corpus.Dispose();
        return Task.CompletedTask;
    }
}
