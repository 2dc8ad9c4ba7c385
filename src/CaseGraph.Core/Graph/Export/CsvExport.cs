namespace CaseGraph.Core.Graph.Export;

/// <summary>The graph as <c>nodes.csv</c> and <c>edges.csv</c> (RFC 4180) with a <c>load.cypher</c> of LOAD CSV statements for Neo4j.</summary>
public static class CsvExport
{
    public static void WriteNodes(IReadOnlyList<GraphFragment> fragments, TextWriter output)
    {
        output.WriteLine("id,label,name,owner,presented");
        foreach (var f in fragments)
        foreach (var n in f.Nodes)
            output.WriteLine(string.Join(',', Field(n.Id), Field(n.Label), Field(n.Name), Field(f.Owner), Field(n.Presented ?? "")));
    }

    public static void WriteEdges(IReadOnlyList<GraphFragment> fragments, TextWriter output)
    {
        output.WriteLine("from,type,to,owner");
        foreach (var f in fragments)
        foreach (var e in f.Edges)
            output.WriteLine(string.Join(',', Field(e.From), Field(e.Type), Field(e.To), Field(f.Owner)));
    }

    /// <summary>LOAD CSV statements for files placed in Neo4j's import folder: one per label and relationship type present.</summary>
    public static void WriteLoadScript(IReadOnlyList<GraphFragment> fragments, TextWriter output)
    {
        output.WriteLine("// Copy nodes.csv and edges.csv into Neo4j's import folder, then: cypher-shell -f load.cypher");
        output.WriteLine(CypherExport.NodeIdConstraint + ";");
        foreach (var label in fragments.SelectMany(f => f.Nodes).Select(n => CypherExport.Identifier(n.Label)).Distinct().Order(StringComparer.Ordinal))
            output.WriteLine($"LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row WITH row WHERE row.label = '{label}' " +
                             $"MERGE (n:Node {{id: row.id}}) SET n:{label}, n.label = row.label, n.name = row.name, n.owner = row.owner, " +
                             "n.presented = CASE row.presented WHEN '' THEN null ELSE row.presented END;");
        foreach (var type in fragments.SelectMany(f => f.Edges).Select(e => CypherExport.Identifier(e.Type)).Distinct().Order(StringComparer.Ordinal))
            output.WriteLine($"LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row WITH row WHERE row.type = '{type}' " +
                             $"MATCH (a:Node {{id: row.from}}) MATCH (b:Node {{id: row.to}}) MERGE (a)-[r:{type}]->(b) SET r.owner = row.owner;");
    }

    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
