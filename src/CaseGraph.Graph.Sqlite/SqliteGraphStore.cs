using System.Text.Json;
using CaseGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace CaseGraph.Graph.Sqlite;

/// <summary>The embedded graph store: nodes and edges tables in one SQLite file; traversals as recursive CTEs.</summary>
public sealed class SqliteGraphStore(string path) : IGraphStore
{
    /// <summary>Bumped when the tables change; an older file is emptied and rebuilt by the worker from the ledger.</summary>
    private const int SchemaVersion = 2;

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, owner TEXT NOT NULL,
            presented TEXT);
        CREATE INDEX IF NOT EXISTS nodes_owner ON nodes (owner);
        CREATE INDEX IF NOT EXISTS nodes_label ON nodes (label);
        CREATE TABLE IF NOT EXISTS edges (src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, owner TEXT NOT NULL,
            PRIMARY KEY (src, type, dst)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS edges_dst ON edges (dst, type);
        CREATE INDEX IF NOT EXISTS edges_owner ON edges (owner);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    private static readonly string BroaderTypes = JsonSerializer.Serialize(EdgeTypes.Broader);
    private static readonly string CaseConceptTypes = JsonSerializer.Serialize(EdgeTypes.CaseConcept);

    public string Path { get; } = path;

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using (var version = db.Command("PRAGMA user_version"))
        {
            if (Convert.ToInt32(await version.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) != SchemaVersion)
                await db.ExecuteAsync("DROP TABLE IF EXISTS nodes; DROP TABLE IF EXISTS edges; DROP TABLE IF EXISTS meta;", ct);
        }
        await db.ExecuteAsync(Schema + $"PRAGMA user_version = {SchemaVersion};", ct);
    }

    public async Task<GraphBatchResult> ApplyAsync(GraphBatch batch, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        // A batch of a run in progress claims no sequence: if the machine stops, the graph says it is behind and is rewritten,
        // so its commit need not reach the disk (NORMAL is still safe from corruption in WAL mode). It may hold more pages
        // and checkpoint less often; the batch that claims the sequence is written as every other commit is.
        var bulk = batch.Sequence == GraphBatch.InProgress;
        if (bulk) await db.BeginBulkWritesAsync(ct);
        try
        {
            await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
            var result = await SqliteBatchWriter.WriteAsync(db, tx, batch, ct);
            await tx.CommitAsync(ct);
            return result;
        }
        finally
        {
            if (bulk) await db.EndBulkWritesAsync();
        }
    }

    public async Task<long> GetSequenceAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command("SELECT value FROM meta WHERE key = 'seq'");
        return await command.ExecuteScalarAsync(ct) is string s && long.TryParse(s, out var seq) ? seq : 0;
    }

    public async Task<IReadOnlyList<string>> GetNarrowerConceptsAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct)
    {
        if (conceptIds.Count == 0) return [];
        const string sql = """
            WITH RECURSIVE below(id) AS (
                SELECT src FROM edges WHERE type IN (SELECT value FROM json_each($types)) AND dst IN (SELECT value FROM json_each($ids))
                UNION
                SELECT e.src FROM edges e JOIN below b ON e.dst = b.id WHERE e.type IN (SELECT value FROM json_each($types))
            )
            SELECT id FROM below WHERE id NOT IN (SELECT value FROM json_each($ids)) ORDER BY id
            """;
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command(sql, null, ("$types", BroaderTypes), ("$ids", JsonSerializer.Serialize(conceptIds)));
        return await ReadStringsAsync(command, ct);
    }

    public async Task<IReadOnlyList<GraphNeighbour>> GetNeighboursAsync(string nodeId, CancellationToken ct)
    {
        const string sql = """
            SELECT e.src, e.type, e.dst, n.id, n.label, n.name FROM edges e JOIN nodes n ON n.id = e.dst WHERE e.src = $id
            UNION ALL
            SELECT e.src, e.type, e.dst, n.id, n.label, n.name FROM edges e JOIN nodes n ON n.id = e.src WHERE e.dst = $id
            """;
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command(sql, null, ("$id", nodeId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<GraphNeighbour>();
        while (await reader.ReadAsync(ct))
            result.Add(new GraphNeighbour(new GraphEdge(reader.GetString(0), reader.GetString(1), reader.GetString(2)),
                new GraphNode(reader.GetString(3), reader.GetString(4), reader.GetString(5))));
        return result;
    }

    public Task<IReadOnlyList<ConceptOverlap>> FindCasesSharingConceptsAsync(string caseId, int limit, CancellationToken ct) =>
        OverlapsAsync("SELECT DISTINCT dst FROM edges WHERE src = $case AND type IN types", caseId, "[]", limit, ct);

    public Task<IReadOnlyList<ConceptOverlap>> FindCasesWithConceptsAsync(IReadOnlyCollection<string> conceptIds, int limit, CancellationToken ct) =>
        OverlapsAsync("SELECT value FROM json_each($concepts)", "", JsonSerializer.Serialize(conceptIds), limit, ct);

    /// <param name="mine">SQL selecting the concept ids to compare with (a case's, or a given list)</param>
    private async Task<IReadOnlyList<ConceptOverlap>> OverlapsAsync(string mine, string caseId, string conceptsJson, int limit, CancellationToken ct)
    {
        var sql = $"""
            WITH types AS (SELECT value AS type FROM json_each($types)),
                 mine AS ({mine}),
                 df AS (SELECT dst, COUNT(DISTINCT src) AS n FROM edges WHERE type IN types AND dst IN mine GROUP BY dst)
            SELECT DISTINCT e.src, e.dst, df.n, (SELECT COUNT(*) FROM nodes WHERE label = 'Case') AS total
            FROM edges e JOIN df ON e.dst = df.dst
            WHERE e.type IN types AND e.src <> $case
            """;
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command(sql, null, ("$types", CaseConceptTypes), ("$case", caseId), ("$concepts", conceptsJson));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var shared = new List<(string, string, long)>();
        long total = 0;
        while (await reader.ReadAsync(ct))
        {
            shared.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            total = reader.GetInt64(3);
        }
        return ConceptOverlapScoring.Rank(shared, total, limit);
    }

    public async Task<ConceptCasesByMonth> GetConceptCasesByMonthAsync(IReadOnlyCollection<string> conceptIds, CancellationToken ct)
    {
        const string links = """
            WITH RECURSIVE below(root, id) AS (
                SELECT value, value FROM json_each($ids)
                UNION
                SELECT b.root, e.src FROM edges e JOIN below b ON e.dst = b.id WHERE e.type IN (SELECT value FROM json_each($broader))
            )
            SELECT DISTINCT b.root, c.id, c.presented FROM below b
            JOIN edges e ON e.dst = b.id AND e.type IN (SELECT value FROM json_each($caseTypes))
            JOIN nodes c ON c.id = e.src AND c.label = 'Case' AND c.presented IS NOT NULL
            """;
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        var perMonth = new Dictionary<string, int>();
        await using (var months = db.Command("SELECT presented, COUNT(*) FROM nodes WHERE label = 'Case' AND presented IS NOT NULL GROUP BY presented"))
        await using (var reader = await months.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) perMonth[reader.GetString(0)] = reader.GetInt32(1);
        var found = new List<ConceptCase>();
        await using (var command = db.Command(links, null, ("$ids", JsonSerializer.Serialize(conceptIds)), ("$broader", BroaderTypes),
            ("$caseTypes", CaseConceptTypes)))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) found.Add(new ConceptCase(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return new ConceptCasesByMonth(perMonth, found);
    }

    public async Task<IReadOnlyList<string>> GetOwnersAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command("SELECT owner FROM nodes WHERE owner <> $vocabulary UNION SELECT owner FROM edges WHERE owner <> $vocabulary",
            null, ("$vocabulary", GraphFragments.VocabularyOwner));
        return await ReadStringsAsync(command, ct);
    }

    /// <summary>Everything in the store, as one fragment per owner (nodes and edges in id order): what an export writes.</summary>
    public async Task<IReadOnlyList<GraphFragment>> ReadFragmentsAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        var nodes = new Dictionary<string, List<GraphNode>>();
        var edges = new Dictionary<string, List<GraphEdge>>();
        await using (var command = db.Command("SELECT owner, id, label, name, presented FROM nodes ORDER BY owner, id"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                Owned(nodes, reader.GetString(0)).Add(new GraphNode(reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4)));
        await using (var command = db.Command("SELECT owner, src, type, dst FROM edges ORDER BY owner, src, type, dst"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
                Owned(edges, reader.GetString(0)).Add(new GraphEdge(reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        return nodes.Keys.Union(edges.Keys).Order(StringComparer.Ordinal)
            .Select(o => new GraphFragment(o, nodes.GetValueOrDefault(o) ?? [], edges.GetValueOrDefault(o) ?? [])).ToList();

        static List<T> Owned<T>(Dictionary<string, List<T>> byOwner, string owner) =>
            byOwner.TryGetValue(owner, out var list) ? list : byOwner[owner] = [];
    }

    public async Task<GraphStats> GetStatsAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(Path, ct);
        await using var command = db.Command("SELECT (SELECT COUNT(*) FROM nodes), (SELECT COUNT(*) FROM edges)");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (nodes, edges) = (reader.GetInt64(0), reader.GetInt64(1));
        return new GraphStats(nodes, edges, await GetSequenceAsync(ct));
    }

    private static async Task<IReadOnlyList<string>> ReadStringsAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<string>();
        while (await reader.ReadAsync(ct)) list.Add(reader.GetString(0));
        return list;
    }
}
