using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using CaseGraph.Semantic;
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

    /// <summary>Embeds the indexed items as the worker does (<see cref="EmbeddingTarget"/>) into a vector file under
    /// <see cref="Folder"/> and reads them back through the service's own vector store.</summary>
    public ISemanticView Embed(ITextEmbedder embedder, CancellationToken ct)
    {
        var (sequence, folder) = (View.Model.Sequence, Paths.Vectors);
        var items = EmbeddingTarget.From(sequence, Corpus).Items;
        VectorStoreFiles.Write(folder, sequence, embedder.ModelId, embedder.Dimensions, items.Count,
            items.Select(i => (i.Id, i.Kind, embedder.Embed(i.Text, ct))), ct);
        var index = new SemanticIndex(folder, embedder);
        index.Refresh(sequence);
        return index.Pin(sequence);
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
