using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;
using CaseGraph.Graph.Sqlite;

namespace CaseGraph.Indexing.Graph;

/// <summary>
/// <c>casegraph-worker graph export --format cypher|csv [--indexes DIR] --out PATH</c>: the embedded graph as a Cypher
/// script (one file) or as nodes.csv, edges.csv and load.cypher (a folder).
/// <c>casegraph-worker graph import --from FILE [--indexes DIR]</c>: a Cypher export into the configured graph store
/// (Graph:Provider; the embedded one by default), in transactions of bounded size.
/// </summary>
public static class GraphCommands
{
    /// <summary>Nodes and edges an import writes in one transaction: a whole graph in one would outgrow Neo4j's transaction memory.</summary>
    public const int ItemsPerTransaction = 20_000;

    public static async Task<int> ExportAsync(SqliteGraphStore store, string format, string output, TextWriter log, CancellationToken ct)
    {
        if (!File.Exists(store.Path))
        {
            log.WriteLine($"no embedded graph at {store.Path}; index a corpus first (casegraph-worker --corpus DIR --indexes DIR)");
            return 1;
        }
        var fragments = await store.ReadFragmentsAsync(ct);
        var sequence = await store.GetSequenceAsync(ct);
        switch (format)
        {
            case "cypher":
                await using (var writer = new StreamWriter(output))
                    CypherExport.Write(fragments, sequence, writer);
                break;
            case "csv":
                Directory.CreateDirectory(output);
                await using (var nodes = new StreamWriter(Path.Combine(output, "nodes.csv"))) CsvExport.WriteNodes(fragments, nodes);
                await using (var edges = new StreamWriter(Path.Combine(output, "edges.csv"))) CsvExport.WriteEdges(fragments, edges);
                await using (var load = new StreamWriter(Path.Combine(output, "load.cypher"))) CsvExport.WriteLoadScript(fragments, load);
                break;
            default:
                log.WriteLine($"--format must be cypher or csv, not '{format}'");
                return 2;
        }
        log.WriteLine($"exported {fragments.Sum(f => f.Nodes.Count)} nodes and {fragments.Sum(f => f.Edges.Count)} edges of {fragments.Count} owners " +
                      $"(sequence {sequence}) to {output}");
        return 0;
    }

    public static async Task<int> ImportAsync(IGraphStore store, string input, TextWriter log, CancellationToken ct,
        int itemsPerTransaction = ItemsPerTransaction)
    {
        CypherImport.Result script;
        try
        {
            using var reader = new StreamReader(input);
            script = CypherImport.Read(reader);
        }
        catch (Exception ex) when (ex is FormatException or IOException)
        {
            log.WriteLine($"{input}: {ex.Message}");
            return 1;
        }
        await store.InitializeAsync(ct);
        var batches = GraphBatches.Bounded(script.Fragments, script.Sequence, itemsPerTransaction);
        var skipped = new List<GraphEdge>();
        foreach (var batch in batches) skipped.AddRange((await store.ApplyAsync(batch, ct)).SkippedEdges);
        var stats = await store.GetStatsAsync(ct);
        log.WriteLine($"imported {script.Fragments.Count} owners from {input} in {batches.Count} transactions; " +
                      $"the store now has {stats.Nodes} nodes and {stats.Edges} edges");
        if (skipped.Count == 0) return 0;
        log.WriteLine($"{skipped.Count} edges were not imported because a node they join is not in the script, e.g. " +
                      string.Join("; ", skipped.Take(5).Select(e => $"{e.From} {e.Type} {e.To}")));
        return 1;
    }
}
