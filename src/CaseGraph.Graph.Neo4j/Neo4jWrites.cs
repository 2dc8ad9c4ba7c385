using CaseGraph.Core.Graph;

namespace CaseGraph.Graph.Neo4j;

/// <summary>One write statement, with the edges it is to write (none for other statements).</summary>
public sealed record Neo4jWrite(CypherStatement Statement, IReadOnlyList<GraphEdge> Edges);

/// <summary>The statements that apply one <see cref="GraphBatch"/>, pure so they can be checked without a server.</summary>
public static class Neo4jWrites
{
    public static IEnumerable<Neo4jWrite> For(GraphBatch batch, int rowsPerStatement)
    {
        var owners = batch.RemovedOwners.Concat(batch.Fragments.Select(f => f.Owner)).Distinct().ToList();
        var kept = batch.Fragments.SelectMany(f => f.Nodes.Select(n => n.Id)).Distinct().ToList();
        foreach (var chunk in owners.Chunk(rowsPerStatement))
        {
            // What the owners had goes, except nodes the batch writes again: deleting those would cut other owners' edges to them.
            foreach (var type in CypherNames.RelationshipTypes)
                yield return Write($"MATCH ()-[r:{type}]->() WHERE r.owner IN $owners DELETE r", ("owners", chunk));
            yield return Write("MATCH (n:Node) WHERE n.owner IN $owners AND NOT n.id IN $kept DETACH DELETE n", ("owners", chunk), ("kept", kept));
        }

        var nodes = batch.Fragments.SelectMany(f => f.Nodes.Select(n => (f.Owner, Node: n)));
        foreach (var byLabel in nodes.GroupBy(n => CypherNames.Label(n.Node.Label)))
        foreach (var chunk in byLabel.Chunk(rowsPerStatement))
        {
            var rows = chunk.Select(n => new Dictionary<string, object?>
                { ["id"] = n.Node.Id, ["name"] = n.Node.Name, ["owner"] = n.Owner, ["presented"] = n.Node.Presented }).ToList();
            // A node written again under another label loses the old one, as the embedded store's single label column does.
            var others = string.Concat(CypherNames.Labels.Where(l => l != byLabel.Key).Select(l => ":" + CypherNames.Label(l)));
            yield return Write(
                $"UNWIND $rows AS row MERGE (n:Node {{id: row.id}}) SET n:{byLabel.Key}, n.label = '{byLabel.Key}', n.name = row.name, " +
                $"n.owner = row.owner, n.presented = row.presented REMOVE n{others}", ("rows", rows));
        }

        var edges = batch.Fragments.SelectMany(f => f.Edges.Select(e => (f.Owner, Edge: e)));
        foreach (var byType in edges.GroupBy(e => CypherNames.RelationshipType(e.Edge.Type)))
        foreach (var chunk in byType.Chunk(rowsPerStatement))
        {
            var rows = chunk.Select((e, i) => new Dictionary<string, object?> { ["i"] = i, ["from"] = e.Edge.From, ["to"] = e.Edge.To, ["owner"] = e.Owner }).ToList();
            // Two MATCH clauses (one pattern with a comma would be a cartesian product): a row whose end node is missing
            // matches nothing and writes nothing; the rows written are returned, so the others are reported.
            yield return new Neo4jWrite(new CypherStatement(
                $"UNWIND $rows AS row MATCH (a:Node {{id: row.from}}) MATCH (b:Node {{id: row.to}}) MERGE (a)-[r:{byType.Key}]->(b) " +
                "SET r.owner = row.owner RETURN row.i AS written", Parameters(("rows", rows))), chunk.Select(e => e.Edge).ToList());
        }

        yield return Write("MERGE (m:CaseGraphMeta {key: 'seq'}) SET m.value = $seq", ("seq", batch.Sequence));
    }

    /// <summary>The edges of a write that its result does not list as written.</summary>
    public static IEnumerable<GraphEdge> Skipped(Neo4jWrite write, QueryResult result)
    {
        if (write.Edges.Count == 0) return [];
        var written = result.Rows.Select(r => r[0].GetInt32()).ToHashSet();
        return write.Edges.Where((_, i) => !written.Contains(i));
    }

    private static Neo4jWrite Write(string text, params (string Name, object? Value)[] parameters) => new(new CypherStatement(text, Parameters(parameters)), []);

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
