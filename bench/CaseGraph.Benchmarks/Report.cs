using System.Globalization;
using System.Text;
using CaseGraph.Indexing.Pipeline;

namespace CaseGraph.Benchmarks;

/// <summary>The benchmark's findings as markdown, in the order they were measured.</summary>
public sealed class Report(long cases, int seed, int rounds)
{
    private readonly StringBuilder _text = new StringBuilder()
        .AppendLine(CultureInfo.InvariantCulture, $"### {cases:N0} cases (seed {seed}), {DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, .NET {Environment.Version}")
        .AppendLine();
    private double? _luceneP99;

    public void Line(string text) => _text.AppendLine(text).AppendLine();

    public void Ingestion(IndexingReport run, TimeSpan elapsed, long cases, long peakRss, long lucene, long graph, long ledger) => Line(
        $"Ingestion, full rebuild end to end: {run.Added:N0} items in {elapsed.TotalSeconds:F1} s = **{cases / elapsed.TotalSeconds:N0} cases/s** " +
        $"({run.Added / elapsed.TotalSeconds:N0} items/s); peak RSS {peakRss / 1e6:F0} MB; on disk Lucene {lucene / 1e6:F1} MB, " +
        $"graph {graph / 1e6:F1} MB, ledger {ledger / 1e6:F1} MB. Stages: {run.Stages}.");

    public void Peer(string name, int documents, TimeSpan elapsed, long bytes) => Line(
        $"{name}: {documents:N0} documents indexed in {elapsed.TotalSeconds:F1} s, {bytes / 1e6:F1} MB on disk.");

    public void Queries(Dictionary<string, Dictionary<QueryKind, Latency>> timings)
    {
        _text.AppendLine(CultureInfo.InvariantCulture, $"Query mix ({QueryMix.All.Count} queries x {rounds} rounds, after 3 warm-up rounds; ms):").AppendLine();
        var kinds = Enum.GetValues<QueryKind>();
        _text.AppendLine("| engine | " + string.Join(" | ", kinds.Select(k => $"{k} p50 / p99")) + " | all p50 | all p99 | p99 vs CaseGraph full text |");
        _text.AppendLine("|---|" + string.Concat(kinds.Select(_ => "---|")) + "---|---|---|");
        foreach (var (engine, byKind) in timings)
        {
            var merged = byKind.Values.SelectMany(l => l.Samples).ToList();
            var (p50, p99) = (Percentile(merged, 50), Percentile(merged, 99));
            _luceneP99 ??= p99;
            _text.AppendLine(CultureInfo.InvariantCulture,
                $"| {engine} | {string.Join(" | ", kinds.Select(k => $"{byKind[k].Percentile(50):F2} / {byKind[k].Percentile(99):F2}"))} | {p50:F2} | {p99:F2} | {p99 / _luceneP99:F2}x |");
        }
        _text.AppendLine();
    }

    public void Graph(Latency similar, Latency twoHop) => Line(
        $"Similar cases (MoreLikeThis + shared concepts, fused; {similar.Count} cases): p50 {similar.Percentile(50):F2} ms, p99 {similar.Percentile(99):F2} ms. " +
        $"Two-hop graph neighbourhood (case -> its concepts -> other cases, IDF-ranked; {twoHop.Count} cases): p50 {twoHop.Percentile(50):F2} ms, " +
        $"p99 {twoHop.Percentile(99):F2} ms.");

    public static long Size(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
        : File.Exists(path) ? new FileInfo(path).Length : 0;

    private static double Percentile(List<double> values, double p) => Latency.Percentile(values, p);

    public override string ToString() => _text.ToString();
}
