using System.Diagnostics;
using System.Globalization;
using CaseGraph.Benchmarks;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Generator;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

// casegraph-bench [--cases 10000] [--seed 42] [--work DIR] [--rounds 20] [--postgres CONNECTION] [--similar 200] [--queries-only] [--semantic]
//                 [--ingest-only]
// Generates a seeded archive (kept in DIR/corpus for the next run), rebuilds CaseGraph's indexes from scratch, builds
// SQLite FTS5 (and PostgreSQL full-text search, given a server) over the same documents, and times the fixed query
// mix on each; prints a markdown report. scripts/bench.sh starts PostgreSQL and runs it. --queries-only times CaseGraph's
// queries on the indexes of the last run (no rebuild, no peers): the quick loop for query-side changes. --semantic also
// embeds the archive as the worker does (cached in DIR/embeddings.db: the first run at 10k takes a while) and times
// the combined search and similar cases with meaning fused in. --ingest-only stops after the rebuild: the loop for
// ingestion changes.
var arguments = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
var cases = long.Parse(arguments.GetValueOrDefault("cases", "10000"), CultureInfo.InvariantCulture);
var seed = int.Parse(arguments.GetValueOrDefault("seed", "42"), CultureInfo.InvariantCulture);
var rounds = int.Parse(arguments.GetValueOrDefault("rounds", "20"), CultureInfo.InvariantCulture);
var work = Path.GetFullPath(arguments.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), $"casegraph-bench-{cases}")));
var queriesOnly = arguments.ContainsKey("queries-only");
var semantic = arguments.ContainsKey("semantic");
var similarCount = int.Parse(arguments.GetValueOrDefault("similar", queriesOnly ? "40" : "200"), CultureInfo.InvariantCulture);
var ct = CancellationToken.None;
var report = new Report(cases, seed, rounds);

var corpusDir = Path.Combine(work, "corpus");
if (!Directory.Exists(Path.Combine(corpusDir, "cases")))
{
    Console.Error.WriteLine($"generating {cases:N0} cases into {corpusDir}");
    var generated = CorpusWriter.Write(RepositoryPaths.Default("corpus"), corpusDir, cases, seed, labelledShare: 0.02,
        n => Console.Error.WriteLine($"  {n:N0} cases written"));
    report.Line($"Generated {generated.Cases:N0} cases ({generated.Bytes / 1e6:F0} MB) in {generated.Elapsed.TotalSeconds:F1} s.");
}

// Ingestion: a full rebuild into empty indexes, end to end (read, identifier screen, concepts, MME, topics, Lucene, graph, ledger).
var indexes = Path.Combine(work, "indexes");
if (Directory.Exists(indexes) && !queriesOnly) Directory.Delete(indexes, recursive: true);
var paths = new IndexPaths(indexes);
var graph = new SqliteGraphStore(paths.Graph);
var status = new IndexingStatus();
Console.Error.WriteLine(queriesOnly ? "loading the last run's indexes" : "ingesting");
var clock = Stopwatch.StartNew();
var run = await new IndexingPipeline(paths, graph, status, NullLogger<IndexingPipeline>.Instance).RunAsync(corpusDir, ct);
var ingest = clock.Elapsed;
var ingestRss = Process.GetCurrentProcess().PeakWorkingSet64;
if (!queriesOnly)
    report.Ingestion(run, ingest, cases, ingestRss, Report.Size(paths.Lucene), Report.Size(paths.Graph) + Report.Size(paths.Graph + "-wal"),
        Report.Size(paths.Ledger) + Report.Size(paths.Ledger + "-wal"));
if (arguments.ContainsKey("ingest-only"))
{
    Console.WriteLine(report);
    return;
}

// The peer: SQLite FTS5 over the same documents.
Console.Error.WriteLine(queriesOnly ? "reading the documents" : "building SQLite FTS5");
var documents = BenchDocument.From(CorpusReader.Read(corpusDir)).ToList();
var ftsPath = Path.Combine(work, "fts5.db");
if (!queriesOnly) File.Delete(ftsPath);
using var fts = queriesOnly ? null : new Fts5Peer(ftsPath);
if (fts is not null)
{
    clock.Restart();
    fts.Build(documents);
    report.Peer("SQLite FTS5 (bm25, porter unicode61)", documents.Count, clock.Elapsed, Report.Size(ftsPath) + Report.Size(ftsPath + "-wal"));
}

using var postgres = arguments.TryGetValue("postgres", out var connection) && !queriesOnly ? new PostgresPeer(connection) : null;
if (postgres is not null)
{
    Console.Error.WriteLine("building PostgreSQL full-text search");
    clock.Restart();
    postgres.Build(documents);
    report.Peer("PostgreSQL (tsvector + GIN, ts_rank)", documents.Count, clock.Elapsed, postgres.SizeBytes());
}

using var index = new LuceneSearchIndex(paths.Lucene);
using var view = index.Pin();
var search = new CombinedSearch(view, graph);
using var model = semantic ? new CaseGraph.Semantic.ArcticXsEmbedder() : null;
var meaning = CaseGraph.Core.Semantic.NoSemanticView.Instance as CaseGraph.Core.Semantic.ISemanticView;
if (model is not null)
{
    Console.Error.WriteLine("embedding the archive (cached in " + work + ")");
    clock.Restart();
    var (pinned, pass) = await SemanticArchive.EmbedAsync(work, corpusDir, paths.Vectors, view.Model.Sequence, model, ct);
    meaning = pinned;
    report.Line($"Embedding pass: {pass} ({clock.Elapsed.TotalSeconds:F0} s with reading the corpus); semantic coverage {meaning.Coverage}.");
}
var searchWithMeaning = new CombinedSearch(view, graph, meaning);
var engines = new Dictionary<string, Func<BenchQuery, Task>>
{
    ["CaseGraph full text (Lucene BM25, top 10 ids)"] = q =>
    {
        view.Search(new IndexQuery { Text = q.Text, Kind = q.CasesOnly ? DocumentKind.Case : null, Limit = 10, Snippets = false }, ct);
        return Task.CompletedTask;
    },
    ["CaseGraph combined (graph expansion, facets, snippets)"] = q =>
        search.SearchAsync(q.Text, QuerySyntax.Simple, new SearchFilters(q.CasesOnly ? DocumentKind.Case : null), 10, 0, ct),
};
if (model is not null)
    engines["CaseGraph combined with meaning (query embedding, dense top-k, fusion)"] = q =>
        searchWithMeaning.SearchAsync(q.Text, QuerySyntax.Simple, new SearchFilters(q.CasesOnly ? DocumentKind.Case : null), 10, 0, ct);
if (fts is not null)
    engines["SQLite FTS5 (bm25, top 10 ids)"] = q =>
    {
        fts.Search(q);
        return Task.CompletedTask;
    };
if (postgres is not null)
    engines["PostgreSQL (ts_rank, top 10 ids)"] = q =>
    {
        postgres.Search(q);
        return Task.CompletedTask;
    };
Console.Error.WriteLine($"timing the query mix: {QueryMix.All.Count} queries x {rounds} rounds on each engine");
var timings = engines.ToDictionary(e => e.Key, _ => QueryMix.All.Select(q => q.Kind).Distinct().ToDictionary(k => k, _ => new Latency()));
for (var round = -3; round < rounds; round++) // three warm-up rounds
foreach (var (name, engine) in engines)
foreach (var query in QueryMix.All)
{
    if (round < 0) await engine(query);
    else await timings[name][query.Kind].TimeAsync(async () => { await engine(query); return 0; });
}
report.Queries(timings);

var caseIds = documents.Where(d => d.Kind == "case").Select(d => d.Id).Take(similarCount).ToList();
Console.Error.WriteLine($"timing similar cases and the two-hop query for {caseIds.Count} cases");
var similar = new Latency();
var similarWithMeaning = new Latency();
var twoHop = new Latency();
foreach (var id in caseIds.Take(20)) await searchWithMeaning.SimilarCasesAsync(id, 10, ct);
foreach (var id in caseIds)
{
    await similar.TimeAsync(() => search.SimilarCasesAsync(id, 10, ct));
    if (model is not null) await similarWithMeaning.TimeAsync(() => searchWithMeaning.SimilarCasesAsync(id, 10, ct));
    await twoHop.TimeAsync(() => graph.FindCasesSharingConceptsAsync(id, 10, ct));
}
report.Graph(similar, twoHop);
if (model is not null)
    report.Line($"Similar cases with meaning fused in: p50 {similarWithMeaning.Percentile(50):F2} ms, p99 {similarWithMeaning.Percentile(99):F2} ms.");
report.Line($"Peak RSS of the whole benchmark process: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB.");
Console.WriteLine(report);
