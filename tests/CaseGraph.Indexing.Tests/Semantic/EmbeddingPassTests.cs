using CaseGraph.Core.Model;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Semantic;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Indexing.Tests.Semantic;

/// <summary>The embedding pass over the test corpus with the real model, real cache and real vector files.</summary>
[Collection(SharedModelCollection.Name)]
public sealed class EmbeddingPassTests(SharedModel model) : IDisposable
{
    private readonly TestCorpus _corpus = new();
    private IndexPaths Paths => new(_corpus.IndexesDir);
    private EmbeddingTarget Target(long sequence = 1) => EmbeddingTarget.From(sequence, CorpusReader.Read(_corpus.CorpusDir));

    private EmbeddingPass Pass(TestEmbedder embedder, SemanticStatus status, RecordingLogger? log = null, int partialWriteSeconds = 15) =>
        new(embedder, new EmbeddingCache(Paths.Embeddings), Paths.Vectors, new SemanticOptions { PartialWriteSeconds = partialWriteSeconds }, status,
            log ?? new RecordingLogger());

    private SemanticStatus Status() => new(enabled: true, model.Embedder.ModelId);

    [Fact]
    public async Task A_pass_embeds_every_item_into_a_file_the_read_side_serves_complete_and_a_second_pass_embeds_nothing()
    {
        var target = Target();
        Assert.Equal(TestCorpus.Cases.Count * 2 + TestCorpus.Passages.Count, target.Count);
        var status = Status();
        var written = 0;
        status.VectorsWritten += () => written++;

        var first = await Pass(new TestEmbedder(model.Embedder), status).RunAsync(target, CancellationToken.None);
        Assert.Equal((target.Count, 0, 0), (first.Embedded, first.FromCache, first.Failed));
        Assert.Equal(1, written); // nothing cached: no partial file before the final one
        Assert.Equal(SemanticState.Ready, status.Current.State);
        Assert.Equal(1.0, status.Current.Coverage);

        var index = new SemanticIndex(Paths.Vectors, model.Embedder);
        index.Refresh(target.Sequence);
        Assert.True(index.Coverage.IsComplete);
        var hits = index.Pin(target.Sequence).Search("starting buprenorphine at home after fentanyl", DocumentKind.Case, null, 3, CancellationToken.None);
        Assert.Equal("case-o01", hits[0].Id);

        var again = new TestEmbedder(model.Embedder);
        var second = await Pass(again, Status()).RunAsync(target with { Sequence = 2 }, CancellationToken.None);
        Assert.Equal((0, target.Count, 0), (second.Embedded, second.FromCache, second.Failed));
        Assert.Equal(0, again.Documents);
        Assert.True(VectorStoreFiles.Read(Paths.Vectors, 2)!.Coverage.IsComplete);
    }

    [Fact]
    public async Task While_a_slow_pass_runs_a_partial_file_appears_with_part_of_the_items()
    {
        var target = Target();
        var status = Status();
        // 150 ms a document writes a partial file (every second) well before the last; the pass then waits inside its
        // next-to-last document until the test has looked, so no poll can miss the window on a loaded machine.
        Assert.True((target.Count - 2) * 150 > 1_000, "the corpus must be long enough for a partial write");
        var looking = new TaskCompletionSource();
        using var looked = new ManualResetEventSlim();
        var slow = new TestEmbedder(model.Embedder)
        {
            Delay = TimeSpan.FromMilliseconds(150),
            Hook = (target.Count - 1, () => { looking.SetResult(); looked.Wait(TimeSpan.FromSeconds(60)); }),
        };
        var running = Task.Run(() => Pass(slow, status, partialWriteSeconds: 1).RunAsync(target, CancellationToken.None)); // the model call blocks
        await looking.Task.WaitAsync(TimeSpan.FromSeconds(60));

        try
        {
            var partial = VectorStoreFiles.ReadHeader(Paths.Vectors, target.Sequence);
            Assert.NotNull(partial);
            Assert.InRange(partial.Items, 1, target.Count - 2);
            Assert.Equal(target.Count, partial.TotalItems);
            Assert.InRange(status.Current.Embedded, 1, target.Count);
            var index = new SemanticIndex(Paths.Vectors, model.Embedder);
            index.Refresh(target.Sequence);
            Assert.False(index.Coverage.IsComplete);
        }
        finally
        {
            looked.Set();
        }

        var report = await running;
        Assert.Equal(target.Count, report.Embedded);
        var served = new SemanticIndex(Paths.Vectors, model.Embedder);
        served.Refresh(target.Sequence);
        Assert.True(served.Coverage.IsComplete);
    }

    [Fact]
    public async Task An_item_the_model_fails_on_is_counted_logged_by_id_only_and_skipped()
    {
        var target = Target();
        var log = new RecordingLogger();
        var failing = new TestEmbedder(model.Embedder) { FailOn = "micro-induction" }; // case-o01's recommendation
        var report = await Pass(failing, Status(), log).RunAsync(target, CancellationToken.None);

        Assert.Equal((target.Count - 1, 1), (report.Embedded, report.Failed));
        var store = VectorStoreFiles.Read(Paths.Vectors, target.Sequence)!;
        Assert.False(store.Contains("case-o01-r1"));
        Assert.Equal(target.Count - 1, store.Count);
        Assert.Equal(target.Count, store.TotalItems);
        var line = Assert.Single(log.Lines, l => l.Contains("could not be embedded"));
        Assert.Contains("case-o01-r1", line);
        Assert.DoesNotContain("micro-induction", string.Join("\n", log.Lines));
    }

    [Fact]
    public async Task A_cancelled_pass_keeps_what_it_embedded_in_the_cache_and_the_next_pass_embeds_only_the_rest()
    {
        var target = Target();
        using var cancel = new CancellationTokenSource();
        var interrupted = new TestEmbedder(model.Embedder) { Hook = (5, cancel.Cancel) };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Pass(interrupted, Status()).RunAsync(target, cancel.Token));

        var resumed = new TestEmbedder(model.Embedder);
        var report = await Pass(resumed, Status()).RunAsync(target, CancellationToken.None);
        Assert.Equal(5, report.FromCache);
        Assert.Equal(target.Count - 5, report.Embedded);
        Assert.Equal(target.Count - 5, resumed.Documents);
        Assert.True(VectorStoreFiles.Read(Paths.Vectors, target.Sequence)!.Coverage.IsComplete);
    }

    public void Dispose() => _corpus.Dispose();
}
