using CaseGraph.Core.Search;
using CaseGraph.Core.Graph;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using CaseGraph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests;

/// <summary>A temp corpus with a real pipeline over real files: ledger, Lucene index and SQLite graph.</summary>
public sealed class IndexedCorpus : IDisposable
{
    /// <param name="wrapGraph">wraps the real graph store the pipeline writes to (to inject failures)</param>
    public IndexedCorpus(Func<IGraphStore, IGraphStore>? wrapGraph = null)
    {
        Paths = new IndexPaths(Corpus.IndexesDir);
        Graph = new SqliteGraphStore(Paths.Graph);
        Pipeline = new IndexingPipeline(Paths, wrapGraph?.Invoke(Graph) ?? Graph, Status, NullLogger<IndexingPipeline>.Instance);
    }

    public TestCorpus Corpus { get; } = new();
    public IndexPaths Paths { get; }
    public SqliteGraphStore Graph { get; }
    public IndexingStatus Status { get; } = new();
    public IndexingPipeline Pipeline { get; }

    public Task<IndexingReport> RunAsync() => Pipeline.RunAsync(Corpus.CorpusDir, CancellationToken.None);

    /// <summary>The last commit with its search model, as a request sees it; disposing it closes the index.</summary>
    public ISearchView OpenIndex() => LuceneSearchIndex.OpenPinned(Paths.Lucene);

    public void Dispose() => Corpus.Dispose();
}
