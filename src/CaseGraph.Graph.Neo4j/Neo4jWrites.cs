using CaseGraph.Core.Graph;

namespace CaseGraph.Graph.Neo4j;

/// <summary>The statements that apply one <see cref="GraphBatch"/>, pure so they can be checked without a server.</summary>
public static class Neo4jWrites
{
    public static IEnumerable<CypherStatement> For(GraphBatch batch, int rowsPerStatement)
    {
        var owners = batch.RemovedOwners.Concat(batch.Fragments.Select(f => f.Owner)).Distinct().ToList();
        var kept = batch.Fragments.SelectMany(f => f.Nodes.Select(n => n.Id)).Distinct().ToList();
        foreach (var chunk in owners.Chunk(rowsPerStatement))
        {
            // What the owners had goes, except nodes the batch writes again: deleting those would cut other owners' edges to them.
            foreach (var type in CypherNames.RelationshipTypes)
                yield return new CypherStatement($"MATCH ()-[r:{type}]->() WHERE r.owner IN $owners DELETE r", Parameters(("owners", chunk)));
            yield return new CypherStatement("MATCH (n:Node) WHERE n.owner IN $owners AND NOT n.id IN $kept DETACH DELETE n",
                Parameters(("owners", chunk), ("kept", kept)));
        }

        var nodes = batch.Fragments.SelectMany(f => f.Nodes.Select(n => (f.Owner, Node: n)));
        foreach (var byLabel in nodes.GroupBy(n => CypherNames.Label(n.Node.Label)))
        foreach (var chunk in byLabel.Chunk(rowsPerStatement))
        {
            var rows = chunk.Select(n => new Dictionary<string, object?>
                { ["id"] = n.Node.Id, ["name"] = n.Node.Name, ["owner"] = n.Owner, ["presented"] = n.Node.Presented }).ToList();
            yield return new CypherStatement(
                $"UNWIND $rows AS row MERGE (n:Node {{id: row.id}}) SET n:{byLabel.Key}, n.label = '{byLabel.Key}', n.name = row.name, " +
                "n.owner = row.owner, n.presented = row.presented", Parameters(("rows", rows)));
        }

        var edges = batch.Fragments.SelectMany(f => f.Edges.Select(e => (f.Owner, Edge: e)));
        foreach (var byType in edges.GroupBy(e => CypherNames.RelationshipType(e.Edge.Type)))
        foreach (var chunk in byType.Chunk(rowsPerStatement))
        {
            var rows = chunk.Select(e => new Dictionary<string, object?> { ["from"] = e.Edge.From, ["to"] = e.Edge.To, ["owner"] = e.Owner }).ToList();
            yield return new CypherStatement(
                $"UNWIND $rows AS row MATCH (a:Node {{id: row.from}}), (b:Node {{id: row.to}}) MERGE (a)-[r:{byType.Key}]->(b) SET r.owner = row.owner",
                Parameters(("rows", rows)));
        }

        yield return new CypherStatement("MERGE (m:CaseGraphMeta {key: 'seq'}) SET m.value = $seq", Parameters(("seq", batch.Sequence)));
    }

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
