using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests.Semantic;

/// <summary>What the pipeline hands to the embedding stage: the items of the commit it made, screened like the index.</summary>
public sealed class EmbeddingTargetTests : IDisposable
{
    private readonly TestCorpus _corpus = new();

    private sealed class RecordingQueue : IEmbeddingQueue
    {
        public List<EmbeddingTarget> Targets { get; } = [];
        public void Enqueue(EmbeddingTarget target) => Targets.Add(target);
        public Task WhenIdleAsync(CancellationToken ct) => Task.CompletedTask;
    }

    [Fact]
    public async Task A_run_hands_over_its_commit_with_the_texts_the_index_stores_and_nothing_quarantined()
    {
        _corpus.WriteCase("case-p01", "Mrs. Lopez, reachable at (503) 555-0142, has chronic low back pain on oxycodone.", "How fast can we taper?",
            "oxycodone", "Taper slowly.", "tapering");
        var queue = new RecordingQueue();
        var paths = new IndexPaths(_corpus.IndexesDir);
        var pipeline = new CaseGraph.Indexing.Pipeline.IndexingPipeline(paths, new CaseGraph.Graph.Sqlite.SqliteGraphStore(paths.Graph),
            new CaseGraph.Indexing.Pipeline.IndexingStatus(), NullLogger<CaseGraph.Indexing.Pipeline.IndexingPipeline>.Instance, embeddings: queue);

        var report = await pipeline.RunAsync(_corpus.CorpusDir, CancellationToken.None);
        var target = Assert.Single(queue.Targets);
        Assert.Equal(report.Sequence, target.Sequence);
        Assert.Equal(TestCorpus.Cases.Count * 2 + TestCorpus.Passages.Count, target.Count);
        Assert.DoesNotContain(target.Items, i => i.Id.StartsWith("case-p01", StringComparison.Ordinal));

        var spec = TestCorpus.Cases[0];
        var c = target.Items.Single(i => i.Id == spec.Id);
        Assert.Equal(DocumentKind.Case, c.Kind);
        Assert.StartsWith(spec.Question + "\n" + spec.Summary, c.Text);
        Assert.Equal(new SemanticItem(spec.Id + "-r1", DocumentKind.Recommendation, spec.Recommendation), target.Items.Single(i => i.Id == spec.Id + "-r1"));
        Assert.Equal("Tapering long-term opioids\nTaper opioids slowly, often 10% per month, and pause when needed.",
            target.Items.Single(i => i.Id == "g-taper").Text);

        // A run that finds nothing new hands over the same commit again (a restart completes what a killed pass left).
        await pipeline.RunAsync(_corpus.CorpusDir, CancellationToken.None);
        Assert.Equal(2, queue.Targets.Count);
        Assert.Equal(target.Sequence, queue.Targets[1].Sequence);
    }

    public void Dispose() => _corpus.Dispose();
}
