using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Semantic;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Tests.Semantic;

/// <summary>The stage behind the pipeline: each commit's items embedded, the newest commit only, a restart embeds nothing.</summary>
[Collection(SharedModelCollection.Name)]
public sealed class EmbeddingStageTests(SharedModel model) : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private IndexPaths Paths => new(_corpus.IndexesDir);

    private EmbeddingStage Stage(ITextEmbedder embedder, SemanticStatus status) =>
        new(embedder, new EmbeddingCache(Paths.Embeddings), Paths, Options.Create(new SemanticOptions()), status, NullLogger<EmbeddingStage>.Instance);

    private IndexingPipeline Pipeline(IEmbeddingQueue queue) =>
        new(Paths, new SqliteGraphStore(Paths.Graph), new IndexingStatus(), NullLogger<IndexingPipeline>.Instance, embeddings: queue);

    [Fact]
    public async Task Each_commit_is_embedded_behind_the_pipeline_and_a_restart_embeds_nothing_again()
    {
        var status = new SemanticStatus(true, model.Embedder.ModelId);
        Assert.Equal(SemanticState.Waiting, status.Current.State);
        var counting = new TestEmbedder(model.Embedder);
        using (var stage = Stage(counting, status))
        {
            await stage.StartAsync(CancellationToken.None);
            var report = await Pipeline(stage).RunAsync(_corpus.CorpusDir, CancellationToken.None);
            await stage.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal((SemanticState.Ready, report.Sequence, 1.0), (status.Current.State, status.Current.Sequence, status.Current.Coverage));
            var store = VectorStoreFiles.Read(Paths.Vectors, report.Sequence)!;
            Assert.True(store.Coverage.IsComplete);
            Assert.Equal(counting.Documents, store.Count);

            // An edited case: a new commit whose pass embeds that case only.
            _corpus.WriteCase("case-t01", "Woman with chronic low back pain wants to stop oxycodone altogether.", "How fast should the oxycodone taper go?",
                "oxycodone", "Taper oxycodone by 10% per month and offer naloxone.", "tapering");
            var before = counting.Documents;
            var next = await Pipeline(stage).RunAsync(_corpus.CorpusDir, CancellationToken.None);
            await stage.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
            Assert.Equal(report.Sequence + 1, next.Sequence);
            Assert.Equal(1, counting.Documents - before);
            Assert.True(VectorStoreFiles.Read(Paths.Vectors, next.Sequence)!.Coverage.IsComplete);
            await stage.StopAsync(CancellationToken.None);
        }

        // A restart: the unchanged run hands over the same commit, whose vectors are complete already.
        var restarted = new TestEmbedder(model.Embedder);
        var afterRestart = new SemanticStatus(true, model.Embedder.ModelId);
        using var again = Stage(restarted, afterRestart);
        await again.StartAsync(CancellationToken.None);
        var unchanged = await Pipeline(again).RunAsync(_corpus.CorpusDir, CancellationToken.None);
        await again.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(0, unchanged.Added + unchanged.Changed);
        Assert.Equal(0, restarted.Documents);
        Assert.Equal((SemanticState.Ready, 1.0), (afterRestart.Current.State, afterRestart.Current.Coverage));
        await again.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_newer_commit_supersedes_a_pass_still_running_and_only_its_vectors_are_finished()
    {
        var status = new SemanticStatus(true, model.Embedder.ModelId);
        // Pass 1 stops inside its third document until commit 2 is queued: it is surely still running, however slow the machine.
        var third = new TaskCompletionSource();
        using var queued = new ManualResetEventSlim();
        var slow = new TestEmbedder(model.Embedder) { Hook = (3, () => { third.SetResult(); queued.Wait(TimeSpan.FromSeconds(60)); }) };
        using var stage = Stage(slow, status);
        await stage.StartAsync(CancellationToken.None);
        var snapshot = CaseGraph.Indexing.Corpus.CorpusReader.Read(_corpus.CorpusDir);
        stage.Enqueue(EmbeddingTarget.From(1, snapshot));
        await third.Task.WaitAsync(TimeSpan.FromSeconds(60));
        stage.Enqueue(EmbeddingTarget.From(2, snapshot));
        stage.Enqueue(EmbeddingTarget.From(2, snapshot)); // the same commit again is ignored
        queued.Set();
        await stage.WhenIdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Null(VectorStoreFiles.ReadHeader(Paths.Vectors, 1));
        Assert.True(VectorStoreFiles.Read(Paths.Vectors, 2)!.Coverage.IsComplete);
        Assert.Equal(EmbeddingTarget.From(2, snapshot).Count, slow.Documents); // what pass 1 did came from the cache
        Assert.Equal((SemanticState.Ready, 2L), (status.Current.State, status.Current.Sequence));
        await stage.StopAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void The_stage_is_registered_only_when_enabled_and_the_status_and_model_always(string? enabled, bool stage)
    {
        var settings = new Dictionary<string, string?> { ["CaseGraph:CorpusPath"] = _corpus.CorpusDir, ["CaseGraph:IndexesPath"] = _corpus.IndexesDir };
        if (enabled is not null) settings["CaseGraph:Semantic:Enabled"] = enabled;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddCaseGraphIndexing(configuration);
        Assert.Equal(stage, services.Any(d => d.ServiceType == typeof(EmbeddingStage)));
        Assert.Equal(stage, services.Any(d => d.ServiceType == typeof(IEmbeddingQueue)));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(stage ? SemanticState.Waiting : SemanticState.Disabled, provider.GetRequiredService<SemanticStatus>().Current.State);
        var embedder = Assert.IsType<LazyEmbedder>(provider.GetRequiredService<ITextEmbedder>());
        Assert.Equal(ArcticXsEmbedder.IdFor(), embedder.ModelId);
        Assert.False(embedder.IsLoaded);
        if (stage) Assert.Same(provider.GetRequiredService<EmbeddingStage>(), provider.GetRequiredService<IEmbeddingQueue>());
    }

    [Fact]
    public void A_read_only_host_gets_the_model_and_the_status_but_no_stage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["CaseGraph:CorpusPath"] = _corpus.CorpusDir, ["CaseGraph:IndexesPath"] = _corpus.IndexesDir, ["CaseGraph:RunWorker"] = "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddCaseGraphIndexing(configuration);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(EmbeddingStage));
        Assert.Contains(services, d => d.ServiceType == typeof(SemanticStatus));
        Assert.Contains(services, d => d.ServiceType == typeof(ITextEmbedder));
    }

    public void Dispose() => _corpus.Dispose();
}
