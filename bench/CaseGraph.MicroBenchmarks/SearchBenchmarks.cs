using BenchmarkDotNet.Attributes;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.MicroBenchmarks;

/// <summary>The query paths on the bundled corpus, indexed once into a temporary folder.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private const string Text = "buprenorphine taper \"chronic pain\"";
    private string _root = null!;
    private LuceneSearchIndex _index = null!;
    private ISearchView _view = null!;
    private CombinedSearch _search = null!;
    private QueryFactory _queries = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "casegraph-micro-" + Guid.NewGuid().ToString("N"));
        var paths = new IndexPaths(_root);
        var graph = new SqliteGraphStore(paths.Graph);
        var status = new IndexingStatus();
        new IndexingPipeline(paths, graph, status, NullLogger<IndexingPipeline>.Instance)
            .RunAsync(RepositoryPaths.Default("corpus"), CancellationToken.None).GetAwaiter().GetResult();
        _index = new LuceneSearchIndex(paths.Lucene);
        _view = _index.Pin();
        _search = new CombinedSearch(_view, graph);
        _queries = new QueryFactory(LuceneFields.CreateAnalyzer(DrugWords.From(_view.Model.Vocabulary)), _view.Model.FieldWeights);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _view.Dispose();
        _index.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public object ParseQuery() => _queries.Build(new IndexQuery { Text = Text }).Query;

    [Benchmark]
    public int FullTextTop10() => _view.Search(new IndexQuery { Text = Text, Limit = 10, Snippets = false }, CancellationToken.None).Hits.Count;

    [Benchmark]
    public int FullTextWithFacetsAndSnippets() =>
        _view.Search(new IndexQuery { Text = Text, Limit = 10, CountFacets = true }, CancellationToken.None).Hits.Count;

    [Benchmark]
    public async Task<int> CombinedSearch() =>
        (await _search.SearchAsync(Text, QuerySyntax.Simple, new SearchFilters(), 10, 0, CancellationToken.None)).Page.Hits.Count;

    [Benchmark]
    public async Task<int> SimilarCases() => (await _search.SimilarCasesAsync("case-0001", 10, CancellationToken.None))?.Cases.Count ?? 0;
}
