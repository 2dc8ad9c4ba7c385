using System.Diagnostics;
using System.Globalization;
using CaseGraph.Benchmarks;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Lucene;
using Lucene.Net.Index;
using Lucene.Net.Store;

// casegraph-combined-probe WORK [rounds] [--wrk] [--per-query] [--stats]
// Where one combined /api/search (CombinedSearch.SearchAsync) spends its time, stage by stage, on WORK/indexes (a
// benchmark work folder): the query mix of QueryMix, or with --wrk the 20 queries of scripts/search-load.lua. One
// thread, 3 warm-up rounds. Prints p50/p90/p99/mean per stage and, steadier on a busy machine, each query's fastest
// round summed over the mix. --per-query adds each query's median per stage; --stats the segments' facet sizes.
var work = args[0];
var rounds = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var r) ? r : 10;
var ct = CancellationToken.None;
var paths = new IndexPaths(Path.Combine(work, "indexes"));
if (args.Contains("--stats"))
{
    using var reader = DirectoryReader.Open(FSDirectory.Open(paths.Lucene));
    foreach (var leaf in reader.Leaves)
    {
        long values = 0, ordinals = 0;
        foreach (var facet in Facets.All)
        {
            if (leaf.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetField(facet)) is not { } dv) continue;
            values += dv.ValueCount;
            for (var d = 0; d < leaf.AtomicReader.MaxDoc; d++)
            {
                dv.SetDocument(d);
                while (dv.NextOrd() != SortedSetDocValues.NO_MORE_ORDS) ordinals++;
            }
        }
        Console.WriteLine($"segment of {leaf.AtomicReader.MaxDoc:N0} documents: {values} facet values, {(double)ordinals / leaf.AtomicReader.MaxDoc:F1} values a document");
    }
    return;
}

var graph = new SqliteGraphStore(paths.Graph);
using var index = new LuceneSearchIndex(paths.Lucene);
using var view = index.Pin();
var search = new CombinedSearch(view, graph);
string[] wrkMix = ["buprenorphine", "naloxone overdose", "tapering high dose opioids", "benzos", "fentanyl xylazine", "methadone QTc",
    "chronic low back pain", "urine drug screen", "pregnancy opioid use disorder", "gabapentin", "stimulant use", "alcohol use disorder",
    "micro-induction", "oxycodone 10 mg", "adolescent", "harm reduction", "PTSD sleep", "acute pain after surgery", "older adult falls", "Suboxone"];
var mix = args.Contains("--wrk") ? wrkMix.Select(t => new BenchQuery(QueryKind.Words, t)).ToList() : QueryMix.All.ToList();

var times = new Dictionary<(string Stage, string Query), List<double>>();
void Time(string stage, BenchQuery q, Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    var key = (stage, q.Text);
    if (!times.TryGetValue(key, out var list)) times[key] = list = [];
    list.Add(clock.Elapsed.TotalMilliseconds);
}

for (var round = 0; round < rounds + 3; round++)
foreach (var q in mix)
{
    var kind = q.CasesOnly ? DocumentKind.Case : (DocumentKind?)null;
    Time("0 whole SearchAsync", q, () => search.SearchAsync(q.Text, QuerySyntax.Simple, new SearchFilters(kind), 10, 0, ct).GetAwaiter().GetResult());
    Time("1 QueryReader.Read", q, () => QueryReader.Read(q.Text, view.Model.Vocabulary));
    var reading = QueryReader.Read(q.Text, view.Model.Vocabulary);
    var exact = reading.AllConcepts.Distinct().ToList();
    IReadOnlyList<string> expanded = [];
    Time("2 graph expansion (SQLite)", q, () => expanded = exact.Count == 0 ? [] : graph.GetNarrowerConceptsAsync(exact, ct).GetAwaiter().GetResult());
    Time("3 spelling", q, () => SpellingSuggester.Suggest(view, q.Text, ct));
    var query = new IndexQuery
    {
        Text = q.Text, Syntax = QuerySyntax.Simple, Kind = kind, Limit = 10,
        ConceptBoosts = [.. exact.Select(id => new ConceptBoost(id, CombinedSearch.ExactConceptBoost)),
            .. expanded.Select(id => new ConceptBoost(id, CombinedSearch.ExpandedConceptBoost))],
        MmeBandBoost = reading.Mme is { } mme ? new MmeBandBoost(mme.Band, CombinedSearch.MmeBandBoost) : null,
    };
    Time("4 top 10 (and the total)", q, () => view.Search(query with { CountFacets = false, Snippets = false }, ct));
    Time("5 top 10 + facets", q, () => view.Search(query with { CountFacets = true, Snippets = false }, ct));
    Time("6 top 10 + snippets", q, () => view.Search(query with { CountFacets = false, Snippets = true }, ct));
    Time("7 top 10 + facets + snippets", q, () => view.Search(query with { CountFacets = true, Snippets = true }, ct));
}

foreach (var stage in times.Keys.Select(k => k.Stage).Distinct().Order())
{
    var perQuery = times.Where(t => t.Key.Stage == stage).Select(t => t.Value.Skip(3).ToList()).ToList();
    var sorted = perQuery.SelectMany(l => l).Order().ToList();
    double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    Console.WriteLine($"{stage,-30} p50 {P(50),7:F2}  p90 {P(90),7:F2}  p99 {P(99),7:F2}  mean {sorted.Average(),7:F2}  " +
        $"sum of per-query minima {perQuery.Sum(l => l.Min()),8:F2}");
}
if (args.Contains("--per-query"))
    foreach (var ((stage, text), list) in times.OrderBy(t => t.Key.Query).ThenBy(t => t.Key.Stage))
        Console.WriteLine($"{text,-36} {stage,-30} median {list.Skip(3).Order().ElementAt((list.Count - 3) / 2),7:F2}");
