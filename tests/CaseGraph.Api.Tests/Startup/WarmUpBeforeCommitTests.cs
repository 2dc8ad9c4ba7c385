using System.Net;
using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>A read-only host with semantic search on, over indexes no worker has committed to yet.</summary>
public sealed class NotIndexedSemanticApiFactory : ApiFactory
{
    public NotIndexedSemanticApiFactory() => SemanticEnabled = true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("CaseGraph:RunWorker", "false");
    }

    public override Task InitializeAsync() => Task.CompletedTask; // nothing will be indexed: that is the point
}

/// <summary>The warm-up loads the embedding model while it waits for the first commit, not after it: a restart is ready sooner.</summary>
public sealed class WarmUpBeforeCommitTests(NotIndexedSemanticApiFactory factory) : IClassFixture<NotIndexedSemanticApiFactory>
{
    [Fact]
    public async Task The_embedding_model_is_loaded_before_any_commit_and_readiness_still_waits_for_one()
    {
        using var client = factory.Client();
        var embedder = Assert.IsType<LazyEmbedder>(factory.Services.GetRequiredService<ITextEmbedder>());
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!embedder.IsLoaded && DateTime.UtcNow < deadline) await Task.Delay(100);

        Assert.True(embedder.IsLoaded);
        using var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
