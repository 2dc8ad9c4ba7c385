using System.Net;
using CaseGraph.Api.Hosting;
using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Api.Tests.Startup;

/// <summary>Semantic search on, with an embedding model that loads only once the test lets it, and counts its loads.</summary>
public sealed class HeldModelApiFactory : ApiFactory
{
    private int _loads;

    public HeldModelApiFactory() => SemanticEnabled = true;

    public ManualResetEventSlim LetTheModelLoad { get; } = new();

    public int Loads => Volatile.Read(ref _loads);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<ITextEmbedder>(_ =>
            new LazyEmbedder(Load, ArcticXsEmbedder.IdFor(), ArcticXsEmbedder.ModelDimensions)));
    }

    private ArcticXsEmbedder Load()
    {
        Interlocked.Increment(ref _loads);
        LetTheModelLoad.Wait(TimeSpan.FromSeconds(60));
        return new ArcticXsEmbedder();
    }

    protected override void Dispose(bool disposing)
    {
        LetTheModelLoad.Set(); // a failed test must not leave the load waiting
        base.Dispose(disposing);
    }
}

/// <summary>Readiness waits for the warm search path, not for the embedding model: the model goes on loading after
/// ready, and everything that needs it (the warm-up, the embedding stage) waits for that one load.</summary>
public sealed class ReadyBeforeTheModelTests(HeldModelApiFactory factory) : IClassFixture<HeldModelApiFactory>
{
    [Fact]
    public async Task Ready_and_answering_searches_while_the_model_loads_and_it_loads_once()
    {
        using var client = factory.Client();
        var warmUp = factory.Services.GetRequiredService<SearchWarmUp>();
        var embedder = Assert.IsType<LazyEmbedder>(factory.Services.GetRequiredService<ITextEmbedder>());

        using var ready = await client.GetAsync("/health/ready");
        using var search = await client.GetAsync("/api/search?q=taper");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.False(embedder.IsLoaded);
        Assert.False(warmUp.Loaded.IsCompleted);

        factory.LetTheModelLoad.Set();
        await warmUp.Loaded.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(embedder.IsLoaded);
        Assert.Equal(1, factory.Loads);
    }
}
