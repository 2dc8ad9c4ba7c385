using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Graph;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>The bundled corpus's graph, exported as Cypher and CSV and imported back through the worker's import command.</summary>
[Collection(BundledGraphCollection.Name)]
public sealed class GraphExportRoundTripTests(IndexedBundledCorpus fixture)
{
    private readonly string _folder = fixture.Folder;
    private readonly SqliteGraphStore _indexed = fixture.Graph;

    [Fact]
    public void Indexing_the_bundled_corpus_writes_every_edge() => Assert.Equal(0, fixture.Report.EdgesSkipped);

    [Fact]
    public async Task The_cypher_export_is_sane_and_imports_back_without_losing_anything()
    {
        var script = Path.Combine(_folder, "graph.cypher");
        Assert.Equal(0, await GraphCommands.ExportAsync(_indexed, "cypher", script, TextWriter.Null, CancellationToken.None));
        var lines = File.ReadAllLines(script);
        Assert.All(lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal)), CypherScriptChecks.AssertSaneStatement);

        var imported = new SqliteGraphStore(Path.Combine(_folder, "imported.db"));
        using var log = new StringWriter();
        Assert.Equal(0, await GraphCommands.ImportAsync(imported, script, log, CancellationToken.None, itemsPerTransaction: 2_000));
        Assert.Matches(@"in ([2-9]|[1-9][0-9]+) transactions", log.ToString()); // more than one: bounded (GraphBatchesTests: how)

        var (before, after) = (await _indexed.ReadFragmentsAsync(CancellationToken.None), await imported.ReadFragmentsAsync(CancellationToken.None));
        Assert.True(before.Count > 300, $"{before.Count} owners");
        Assert.Equal(before.Select(f => f.Owner), after.Select(f => f.Owner));
        foreach (var (b, a) in before.Zip(after))
        {
            Assert.Equal(b.Nodes, a.Nodes);
            Assert.Equal(b.Edges, a.Edges);
        }
        Assert.Equal(await _indexed.GetStatsAsync(CancellationToken.None), await imported.GetStatsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_csv_export_has_a_row_per_node_and_edge_and_a_load_script()
    {
        var folder = Path.Combine(_folder, "csv");
        Assert.Equal(0, await GraphCommands.ExportAsync(_indexed, "csv", folder, TextWriter.Null, CancellationToken.None));
        var stats = await _indexed.GetStatsAsync(CancellationToken.None);
        // No bundled name holds a line break, so a row is a line.
        Assert.Equal(stats.Nodes + 1, File.ReadAllLines(Path.Combine(folder, "nodes.csv")).Length);
        Assert.Equal(stats.Edges + 1, File.ReadAllLines(Path.Combine(folder, "edges.csv")).Length);
        Assert.All(File.ReadAllLines(Path.Combine(folder, "load.cypher")).Skip(1), CypherScriptChecks.AssertSaneStatement);
    }

    [Fact]
    public async Task An_edge_to_a_node_the_script_lacks_is_reported_and_fails_the_import()
    {
        var script = Path.Combine(_folder, "dangling.cypher");
        File.WriteAllLines(script, [CypherExport.Header, CypherExport.NodeStatement(new GraphNode("case-1", NodeLabels.Case, "c", "2024-01"), "case-1"),
            CypherExport.EdgeStatement(new GraphEdge("case-1", EdgeTypes.Takes, "not-in-the-script"), "case-1")]);
        using var log = new StringWriter();
        Assert.Equal(1, await GraphCommands.ImportAsync(new SqliteGraphStore(Path.Combine(_folder, "dangling.db")), script, log, CancellationToken.None));
        Assert.Contains("1 edges were not imported", log.ToString());
        Assert.Contains("case-1 TAKES not-in-the-script", log.ToString());
    }

    [Fact]
    public async Task A_broken_script_is_reported_with_its_line_and_imports_nothing()
    {
        var script = Path.Combine(_folder, "broken.cypher");
        File.WriteAllLines(script, ["// CaseGraph graph export", "MATCH (n) DETACH DELETE n;"]);
        var imported = new SqliteGraphStore(Path.Combine(_folder, "untouched.db"));
        using var log = new StringWriter();
        Assert.Equal(1, await GraphCommands.ImportAsync(imported, script, log, CancellationToken.None));
        Assert.Contains("line 2", log.ToString());
        Assert.False(File.Exists(imported.Path));
    }
}
