using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;
using CaseGraph.Tests.Shared;

namespace CaseGraph.Core.Tests;

public class GraphExportTests
{
    private const string Hostile = "O'Brien \\ \"quoted\" }) DETACH DELETE n // $param\nnext\tline \u0001 ✓";

    private static readonly IReadOnlyList<GraphFragment> Graph =
    [
        new("vocabulary", [new("opioids", NodeLabels.DrugClass, "Opioids"), new("oxycodone", NodeLabels.Medication, "Oxycodone")],
            [new("oxycodone", EdgeTypes.InClass, "opioids")]),
        new("case-'1", [new("case-'1", NodeLabels.Case, Hostile, "2022-05"), new("case-'1-r1", NodeLabels.Recommendation, "Taper by 10%, then reassess.")],
            [new("case-'1", EdgeTypes.Takes, "oxycodone"), new("case-'1", EdgeTypes.Received, "case-'1-r1"), new("case-'1", "NEGATED_MENTION", "opioids")]),
    ];

    [Theory]
    [InlineData("")]
    [InlineData("plain")]
    [InlineData(Hostile)]
    [InlineData("\\'\\\\'")]
    public void Literals_round_trip(string value) => Assert.Equal(value, CypherLiteral.Unquote(CypherLiteral.Quote(value), 0, out _));

    [Fact]
    public void A_cypher_export_reads_back_to_the_same_graph()
    {
        var result = CypherImport.Read(new StringReader(Export(Graph, 9)));
        Assert.Equal(9, result.Sequence);
        Assert.Equal(Graph.Select(f => f.Owner), result.Fragments.Select(f => f.Owner));
        foreach (var (expected, actual) in Graph.Zip(result.Fragments))
        {
            Assert.Equal(expected.Nodes, actual.Nodes);
            Assert.Equal(expected.Edges, actual.Edges);
        }
    }

    [Fact]
    public void Every_exported_statement_is_balanced_and_carries_values_only_as_escaped_literals()
    {
        var lines = Export(Graph, 1).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines.Where(l => !l.StartsWith("//", StringComparison.Ordinal)), CypherScriptChecks.AssertSaneStatement);
        Assert.Equal(2 + 4 + 4 + 1, lines.Length); // header, constraint, nodes, edges, sequence
    }

    [Theory]
    [InlineData("MATCH (n) DETACH DELETE n;")]
    [InlineData("MERGE (n:Node {id: 'a'}) SET n:Case, n.label = 'Case', n.name = 'unclosed;")]
    [InlineData("MATCH (a:Node {id: 'a'}), (b:Node {id: 'b'}) MERGE (a)-[r:TAKES]->(b);")]
    public void Anything_but_an_export_statement_is_refused_with_its_line(string statement)
    {
        var ex = Assert.Throws<FormatException>(() => CypherImport.Read(new StringReader("// header\n" + statement)));
        Assert.StartsWith("line 2:", ex.Message);
    }

    [Fact]
    public void An_export_whose_edges_are_one_match_with_a_comma_still_reads_back()
    {
        var result = CypherImport.Read(new StringReader("MATCH (a:Node {id: 'a'}), (b:Node {id: 'b'}) MERGE (a)-[r:TAKES]->(b) SET r.owner = 'a';"));
        Assert.Equal([new GraphEdge("a", EdgeTypes.Takes, "b")], Assert.Single(result.Fragments).Edges);
    }

    [Fact]
    public void Labels_and_types_must_be_plain_identifiers()
    {
        var bad = new GraphFragment("o", [new("n", "Case) DETACH DELETE (x", "n")], []);
        Assert.Throws<ArgumentException>(() => Export([bad], 1));
    }

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_the_load_script_covers_each_label_and_type()
    {
        using var nodes = new StringWriter();
        using var edges = new StringWriter();
        using var load = new StringWriter();
        CsvExport.WriteNodes(Graph, nodes);
        CsvExport.WriteEdges(Graph, edges);
        CsvExport.WriteLoadScript(Graph, load);

        Assert.Equal(5, nodes.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1); // the hostile name spans two lines, quoted
        Assert.Contains("\"O'Brien \\ \"\"quoted\"\"", nodes.ToString());
        Assert.StartsWith("from,type,to,owner", edges.ToString());
        Assert.Equal(1 + 4, edges.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var script = load.ToString();
        foreach (var name in new[] { "SET n:Case", "SET n:DrugClass", "SET n:Medication", "SET n:Recommendation", "[r:TAKES]", "[r:IN_CLASS]", "[r:RECEIVED]", "[r:NEGATED_MENTION]" })
            Assert.Contains(name, script);
    }

    private static string Export(IReadOnlyList<GraphFragment> graph, long sequence)
    {
        using var writer = new StringWriter();
        CypherExport.Write(graph, sequence, writer);
        return writer.ToString();
    }
}
