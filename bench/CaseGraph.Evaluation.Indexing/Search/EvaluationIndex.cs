using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Evaluation.Search;

/// <summary>A real index of a corpus, built by the worker pipeline in a temporary folder that disposing removes.</summary>
public sealed class EvaluationIndex : IDisposable
{
    private readonly LuceneSearchIndex _index;

    private EvaluationIndex(string folder, SqliteGraphStore graph, LuceneSearchIndex index, CorpusSnapshot corpus, IndexingReport run)
    {
        Folder = folder;
        Paths = new IndexPaths(folder);
        Graph = graph;
        _index = index;
        View = index.Pin();
        Corpus = corpus;
        Run = run;
    }

    /// <summary>The temporary folder everything is in; other stores (vectors) may be written under it.</summary>
    public string Folder { get; }
    public IndexPaths Paths { get; }
    public SqliteGraphStore Graph { get; }
    public ISearchView View { get; }
    public CorpusSnapshot Corpus { get; }
    public IndexingReport Run { get; }

    public static async Task<EvaluationIndex> BuildAsync(string corpusDirectory, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "casegraph-quality", Guid.NewGuid().ToString("N"));
        var paths = new IndexPaths(folder);
        var graph = new SqliteGraphStore(paths.Graph);
        var run = await new IndexingPipeline(paths, graph, new IndexingStatus(), NullLogger<IndexingPipeline>.Instance).RunAsync(corpusDirectory, ct);
        return new EvaluationIndex(folder, graph, new LuceneSearchIndex(paths.Lucene), CorpusReader.Read(corpusDirectory), run);
    }

    /// <summary>The combined search the API would run over this index, with meaning when a view of vectors is given.</summary>
    public CombinedSearch Search(ISemanticView? semantic = null, FusionPolicy? fusion = null) => new(View, Graph, semantic, fusion);

    public void Dispose()
    {
        View.Dispose();
        _index.Dispose();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
