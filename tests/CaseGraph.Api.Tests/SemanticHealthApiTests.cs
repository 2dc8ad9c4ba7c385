using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Api.Tests;

/// <summary>/health reports the embedding stage; readiness never waits for it (lexical search is ready first).</summary>
[Collection(ReadOnlyApiCollection.Name)]
public sealed class SemanticHealthWhenDisabledApiTests(ApiFactory factory)
{
    [Fact]
    public async Task With_semantic_search_off_health_says_disabled_and_the_service_is_ready()
    {
        var client = factory.CreateClient();
        var semantic = (await client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("semantic");
        Assert.Equal("disabled", semantic.GetProperty("state").GetString());
        Assert.Equal(0, semantic.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}

public sealed class SemanticHealthApiTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new() { SemanticEnabled = true };

    public Task InitializeAsync() => _factory.InitializeAsync();

    [Fact]
    public async Task Health_shows_the_embedding_stage_filling_in_behind_the_lexical_index_until_coverage_is_complete()
    {
        var client = _factory.CreateClient();
        var ready = await client.GetFromJsonAsync<JsonElement>("/health/ready"); // lexical readiness, whatever embedding does
        Assert.True(ready.GetProperty("ready").GetBoolean());

        JsonElement semantic = default;
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            semantic = (await client.GetFromJsonAsync<JsonElement>("/health")).GetProperty("semantic");
            if (semantic.GetProperty("state").GetString() is "ready" or "failed") break;
            Assert.Contains(semantic.GetProperty("state").GetString(), new[] { "waiting", "embedding" });
            await Task.Delay(200);
        }
        Assert.Equal("ready", semantic.GetProperty("state").GetString());
        Assert.Equal(1.0, semantic.GetProperty("coverage").GetDouble());
        Assert.Equal(semantic.GetProperty("total").GetInt32(), semantic.GetProperty("embedded").GetInt32());
        Assert.Equal(TestCorpus.Cases.Count * 2 + TestCorpus.Passages.Count, semantic.GetProperty("total").GetInt32());
        Assert.StartsWith("snowflake-arctic-embed-xs/", semantic.GetProperty("modelId").GetString());
        Assert.True(semantic.GetProperty("sequence").GetInt64() > 0);
        Assert.True(File.Exists(Path.Combine(_factory.Corpus.IndexesDir, "vectors", $"vectors-{semantic.GetProperty("sequence").GetInt64()}.bin")));
    }

    Task IAsyncLifetime.DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();
}
