using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;
using CaseGraph.Graph.Neo4j;
using CaseGraph.Indexing.Hosting;
using Xunit.Abstractions;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>
/// Without a Neo4j server, the strongest check of the Neo4j store: every request it sends while each of its methods runs over
/// the bundled corpus's graph, kept as a reviewed snapshot and linted, with every shape of the Cypher export and the CSV
/// load script, by Neo4j's own Cypher front end in Cypher 5 and Cypher 25.
/// </summary>
[Collection(BundledGraphCollection.Name)]
public sealed partial class Neo4jCypherLintTests(IndexedBundledCorpus corpus, ITestOutputHelper output)
{
    private static readonly string SnapshotPath =
        Path.Combine(RepositoryPaths.Default("tests"), "CaseGraph.Indexing.Tests", "GraphStores", "neo4j-requests.txt");

    private static readonly CypherLint.Schema Model = new(
        [.. CypherNames.Labels, "Node", "CaseGraphMeta"], CypherNames.RelationshipTypes,
        ["id", "label", "name", "owner", "presented", "key", "value", /* keys of the rows sent and read: */ "i", "from", "to", "type"]);

    /// <summary>Mistakes the linter must catch, each as the judgement that passes the real statements sees it.</summary>
    private static readonly (CypherLint.Statement Statement, Func<CypherLint.Result, bool> Caught)[] Canaries =
    [
        (new("canary: syntax", "MATCH (n:Node) RETRN n.id AS id"), r => r.Diagnostics.Any(d => d.Severity == "error")),
        (new("canary: parameter not sent", "MATCH (n:Node {id: $id}) RETURN n.id AS id"), r => r.Diagnostics.Any(d => d.Message.Contains("$id"))),
        (new("canary: deprecated", "MATCH (n:Node) WHERE id(n) = 0 RETURN n.id AS id"), r => r.Diagnostics.Any(d => d.Message.Contains("deprecated"))),
        (new("canary: two statements", "MATCH (n:Node) RETURN n.id AS id; MATCH (m:Node) RETURN m.id AS id"), r => r.Statements == 2),
        (new("canary: cartesian product", "MATCH (a:Node {id: 'a'}), (b:Node {id: 'b'}) RETURN a.id AS a, b.id AS b"),
            r => r.Diagnostics.Any(d => d.Message.Contains("cartesian product"))),
        (new("canary: misspelt label", "MATCH (n:Nodes) RETURN n.id AS id"), r => r.Diagnostics.Any(d => d.Message.Contains("Nodes"))),
    ];

    [Fact]
    public async Task Every_method_sends_the_requests_of_the_reviewed_snapshot()
    {
        var calls = await RecordAsync();
        Assert.Equal(typeof(IGraphStore).GetMethods().Select(m => m.Name).Order(), calls.Select(c => c.Method).Distinct().Order());
        var rendered = Neo4jRequestRecording.Render(calls);
        if (Environment.GetEnvironmentVariable("CASEGRAPH_UPDATE_SNAPSHOTS") == "1") await File.WriteAllTextAsync(SnapshotPath, rendered);
        var (expected, actual) = ((await File.ReadAllTextAsync(SnapshotPath)).Split('\n'), rendered.Split('\n'));
        var first = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
        Assert.True(expected.SequenceEqual(actual), $"The requests differ from {SnapshotPath} at line {first + 1}:\n" +
            $"  snapshot: {expected.ElementAtOrDefault(first)}\n  now:      {actual.ElementAtOrDefault(first)}\n" +
            "Run again with CASEGRAPH_UPDATE_SNAPSHOTS=1 to rewrite it, and review the diff.");
    }

    [SkippableFact]
    public async Task Every_statement_passes_neo4js_own_cypher_front_end()
    {
        CypherLint.RequireLinter();
        var (requests, exportShapes, loadScript) = (RequestStatements(await RecordAsync()), await ExportShapesAsync(), await LoadScriptAsync());
        var run = await CypherLint.LintAsync(Model, [.. Canaries.Select(c => c.Statement), .. requests, .. exportShapes, .. loadScript]);

        var versions = run.Results.Select(r => r.Version).Distinct().ToList();
        Assert.Superset(new HashSet<string> { "CYPHER 5", "CYPHER 25" }, versions.ToHashSet());
        foreach (var (canary, caught) in Canaries)
            Assert.All(run.Results.Where(r => r.Id == canary.Id), r => Assert.True(!r.Passes && caught(r), $"the linter missed {r}"));
        var real = run.Results.Where(r => !r.Id.StartsWith("canary:", StringComparison.Ordinal)).ToList();
        Assert.Equal((requests.Count + exportShapes.Count + loadScript.Count) * versions.Count, real.Count);
        var failures = real.Where(r => !r.Passes).ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        output.WriteLine($"{run.Linter} in {string.Join(" and ", versions)}: {requests.Count} request statements, {exportShapes.Count} " +
                         $"export shapes and {loadScript.Count} load.cypher statements clean; {Canaries.Length} seeded mistakes caught");
    }

    private async Task<IReadOnlyList<Neo4jRequestRecording.Call>> RecordAsync() =>
        await Neo4jRequestRecording.DriveEveryMethodAsync(await corpus.Graph.ReadFragmentsAsync(CancellationToken.None),
            await corpus.Graph.GetSequenceAsync(CancellationToken.None));

    /// <summary>Each distinct statement sent, with the parameters sent with it (lists cut to two items).</summary>
    private static List<CypherLint.Statement> RequestStatements(IReadOnlyList<Neo4jRequestRecording.Call> calls) => calls
        .Where(c => c.Statement is not null)
        .DistinctBy(c => (c.Statement!.Value.Text, string.Join(',', c.Statement.Value.Parameters.Select(p => p.Key))))
        .Select((c, i) => new CypherLint.Statement($"{c.Method} #{i}", c.Statement!.Value.Text, Shortened(c.Statement.Value.Parameters)))
        .ToList();

    private static JsonObject Shortened(JsonObject parameters) => new(parameters.Select(p => KeyValuePair.Create(p.Key,
        p.Value is JsonArray list ? new JsonArray([.. list.Take(2).Select(item => item?.DeepClone())]) : p.Value?.DeepClone())));

    /// <summary>One real line of each statement shape of the Cypher export (shape: the line with its literals emptied).</summary>
    private async Task<List<CypherLint.Statement>> ExportShapesAsync()
    {
        using var script = new StringWriter();
        CypherExport.Write(await corpus.Graph.ReadFragmentsAsync(CancellationToken.None), await corpus.Graph.GetSequenceAsync(CancellationToken.None), script);
        return Statements("export", script.ToString()).DistinctBy(s => Literal().Replace(s.Text, "''")).ToList();
    }

    private async Task<List<CypherLint.Statement>> LoadScriptAsync()
    {
        using var script = new StringWriter();
        CsvExport.WriteLoadScript(await corpus.Graph.ReadFragmentsAsync(CancellationToken.None), script);
        return Statements("load.cypher", script.ToString()).ToList();
    }

    private static IEnumerable<CypherLint.Statement> Statements(string source, string script) => script.Split('\n')
        .Select((line, i) => (Line: line.TrimEnd('\r'), Number: i + 1))
        .Where(l => l.Line.Length > 0 && !l.Line.StartsWith("//", StringComparison.Ordinal))
        .Select(l => new CypherLint.Statement($"{source} line {l.Number}", l.Line));

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|\b[0-9]+\b")]
    private static partial Regex Literal();
}
