using System.Text.Json;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Graph.Export;

namespace CaseGraph.Graph.Neo4j;

/// <summary>
/// The production graph store: Neo4j 5 over its HTTP Query API. Nodes carry the label <c>:Node</c> (unique
/// <c>id</c>) plus their model label; relationships carry their model type; both carry the <c>owner</c> item, so a
/// batch replaces what its owners had. Writes are UNWIND batches that MERGE on ids, so a batch applied twice
/// changes nothing; reads are parameterised Cypher only. Neo4j 5.26 or later (explicit transactions in the Query API).
/// </summary>
public sealed class Neo4jGraphStore(Neo4jQueryClient client) : IGraphStore
{
    private static readonly string[] BroaderTypes = [.. EdgeTypes.Broader];
    private static readonly string[] CaseConceptTypes = [.. EdgeTypes.CaseConcept];
    private static readonly string BroaderPattern = string.Join('|', EdgeTypes.Broader.Select(CypherNames.RelationshipType));

    public async Task InitializeAsync(CancellationToken ct)
    {
        await client.RunAsync(new CypherStatement(CypherExport.NodeIdConstraint), ct);
        await client.RunAsync(new CypherStatement("CREATE INDEX casegraph_node_owner IF NOT EXISTS FOR (n:Node) ON (n.owner)"), ct);
        await client.RunAsync(new CypherStatement("CREATE CONSTRAINT casegraph_meta_key IF NOT EXISTS FOR (m:CaseGraphMeta) REQUIRE m.key IS UNIQUE"), ct);
        foreach (var type in CypherNames.RelationshipTypes)
            await client.RunAsync(new CypherStatement($"CREATE INDEX casegraph_rel_owner_{type.ToLowerInvariant()} IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.owner)"), ct);
    }

    public async Task<GraphBatchResult> ApplyAsync(GraphBatch batch, CancellationToken ct)
    {
        var writes = Neo4jWrites.For(batch, client.Options.BatchSize).ToList();
        var results = await client.RunInTransactionAsync(writes.Select(w => w.Statement).ToList(), ct);
        return new GraphBatchResult(writes.Zip(results, Neo4jWrites.Skipped).SelectMany(skipped => skipped).ToList());
    }

    public async Task<long> GetSequenceAsync(CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement("MATCH (m:CaseGraphMeta {key: 'seq'}) RETURN m.value AS seq"), ct);
        return result.Rows.Count == 0 ? 0 : result.Rows[0][0].GetInt64();
    }

    public async Task<IReadOnlyList<string>> GetNarrowerConceptsAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct)
    {
        if (conceptIds.Count == 0) return [];
        var result = await client.RunAsync(new CypherStatement(
            $"MATCH (n:Node)-[:{BroaderPattern}*1..]->(c:Node) WHERE c.id IN $ids AND NOT n.id IN $ids RETURN DISTINCT n.id AS id ORDER BY id",
            new Dictionary<string, object?> { ["ids"] = conceptIds }), ct);
        return result.Strings().ToList();
    }

    public async Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement("""
            MATCH (a:Node {id: $id})-[r]->(b:Node) RETURN a.id AS src, type(r) AS type, b.id AS dst, b.id AS id, b.label AS label, b.name AS name
            UNION ALL
            MATCH (a:Node)-[r]->(b:Node {id: $id}) RETURN a.id AS src, type(r) AS type, b.id AS dst, a.id AS id, a.label AS label, a.name AS name
            """, new Dictionary<string, object?> { ["id"] = nodeId }), ct);
        return result.Rows.Select(r => new GraphNeighbour(new GraphEdge(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!),
            new GraphNode(r[3].GetString()!, r[4].GetString()!, r[5].GetString()!))).ToList();
    }

    public Task<IReadOnlyList<ConceptOverlap>> FindCasesSharingConceptsAsync(string caseId, int limit, CancellationToken ct) =>
        OverlapsAsync("MATCH (:Node {id: $case})-[m]->(k:Node) WHERE type(m) IN $types", caseId, [], limit, ct);

    public Task<IReadOnlyList<ConceptOverlap>> FindCasesWithConceptsAsync(IReadOnlyCollection<string> conceptIds, int limit, CancellationToken ct) =>
        OverlapsAsync("MATCH (k:Node) WHERE k.id IN $concepts", "", conceptIds, limit, ct);

    /// <param name="mine">Cypher binding <c>k</c> to the concepts to compare with (a case's, or a given list)</param>
    private async Task<IReadOnlyList<ConceptOverlap>> OverlapsAsync(string mine, string caseId, IReadOnlyCollection<string> concepts, int limit, CancellationToken ct)
    {
        var parameters = new Dictionary<string, object?> { ["case"] = caseId, ["concepts"] = concepts, ["types"] = CaseConceptTypes };
        var rows = await client.RunAsync(new CypherStatement($"""
            {mine}
            WITH DISTINCT k
            MATCH (o:Node)-[r]->(k) WHERE type(r) IN $types
            WITH k, collect(DISTINCT o.id) AS sharers
            UNWIND sharers AS other
            WITH k, other, size(sharers) AS df WHERE other <> $case
            RETURN other, k.id AS concept, df
            """, parameters), ct);
        var total = await client.RunAsync(new CypherStatement("MATCH (c:Case) RETURN count(c) AS cases"), ct);
        return ConceptOverlapScoring.Rank(rows.Rows.Select(r => (r[0].GetString()!, r[1].GetString()!, r[2].GetInt64())),
            total.Rows[0][0].GetInt64(), limit);
    }

    public async Task<ConceptCasesByMonth> GetConceptCasesByMonthAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct)
    {
        var months = await client.RunAsync(new CypherStatement(
            "MATCH (c:Case) WHERE c.presented IS NOT NULL RETURN c.presented AS month, count(c) AS cases"), ct);
        var links = await client.RunAsync(new CypherStatement($$"""
            UNWIND $ids AS root
            MATCH (r:Node {id: root})
            MATCH (n:Node)-[:{{BroaderPattern}}*0..]->(r)
            MATCH (c:Case)-[e]->(n) WHERE type(e) IN $caseTypes AND c.presented IS NOT NULL
            RETURN DISTINCT root, c.id AS caseId, c.presented AS month
            """, new Dictionary<string, object?> { ["ids"] = conceptIds, ["caseTypes"] = CaseConceptTypes }), ct);
        return new ConceptCasesByMonth(months.Rows.ToDictionary(r => r[0].GetString()!, r => r[1].GetInt32()),
            links.Rows.Select(r => new ConceptCase(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!)).ToList());
    }

    public async Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement("""
            MATCH (n:Node) WHERE n.owner <> $vocabulary RETURN DISTINCT n.owner AS owner
            UNION
            MATCH (:Node)-[r]->(:Node) WHERE r.owner <> $vocabulary RETURN DISTINCT r.owner AS owner
            """, new Dictionary<string, object?> { ["vocabulary"] = GraphFragments.VocabularyOwner }), ct);
        return result.Strings().Order(StringComparer.Ordinal).ToList();
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct)
    {
        var nodes = await client.RunAsync(new CypherStatement("MATCH (n:Node) RETURN count(n) AS nodes"), ct);
        var edges = await client.RunAsync(new CypherStatement("MATCH (:Node)-[r]->(:Node) RETURN count(r) AS edges"), ct);
        return new GraphStats(nodes.Rows[0][0].GetInt64(), edges.Rows[0][0].GetInt64(), await GetSequenceAsync(ct));
    }
}
