using System.Globalization;

namespace CaseGraph.Core.Graph.Export;

/// <summary>
/// Writes a graph as a Cypher script in the Neo4j store's model (<c>:Node</c> with a unique <c>id</c> and the model
/// label; relationships of the model types; <c>owner</c> on both), one statement a line, values as escaped literals,
/// so <c>cypher-shell -f</c> loads it into Neo4j and <see cref="CypherImport"/> reads it back.
/// </summary>
public static class CypherExport
{
    public const string Header = "// CaseGraph graph export: load with cypher-shell -f FILE, or casegraph-worker graph import --from FILE";

    /// <summary>The one constraint of the model: what MERGE on a node's id relies on (the Neo4j store creates it too).</summary>
    public const string NodeIdConstraint = "CREATE CONSTRAINT casegraph_node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE";

    public static void Write(IReadOnlyList<GraphFragment> fragments, long sequence, TextWriter output)
    {
        output.WriteLine(Header);
        output.WriteLine(NodeIdConstraint + ";");
        foreach (var fragment in fragments)
        foreach (var node in fragment.Nodes)
            output.WriteLine(NodeStatement(node, fragment.Owner));
        foreach (var fragment in fragments)
        foreach (var edge in fragment.Edges)
            output.WriteLine(EdgeStatement(edge, fragment.Owner));
        output.WriteLine($"MERGE (m:CaseGraphMeta {{key: 'seq'}}) SET m.value = {sequence.ToString(CultureInfo.InvariantCulture)};");
    }

    public static string NodeStatement(GraphNode node, string owner)
    {
        var label = Identifier(node.Label);
        var presented = node.Presented is null ? "null" : CypherLiteral.Quote(node.Presented);
        return $"MERGE (n:Node {{id: {CypherLiteral.Quote(node.Id)}}}) SET n:{label}, n.label = '{label}', n.name = {CypherLiteral.Quote(node.Name)}, " +
               $"n.owner = {CypherLiteral.Quote(owner)}, n.presented = {presented};";
    }

    /// <summary>Two MATCH clauses, not one pattern with a comma (a cartesian product to Neo4j's planner).</summary>
    public static string EdgeStatement(GraphEdge edge, string owner) =>
        $"MATCH (a:Node {{id: {CypherLiteral.Quote(edge.From)}}}) MATCH (b:Node {{id: {CypherLiteral.Quote(edge.To)}}}) " +
        $"MERGE (a)-[r:{Identifier(edge.Type)}]->(b) SET r.owner = {CypherLiteral.Quote(owner)};";

    /// <summary>Labels and types are written bare, so only plain identifiers are allowed.</summary>
    public static string Identifier(string name) => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        ? name : throw new ArgumentException($"'{name}' cannot be a Cypher label or relationship type");
}
