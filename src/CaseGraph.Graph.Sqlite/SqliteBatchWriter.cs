using System.Globalization;
using CaseGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace CaseGraph.Graph.Sqlite;

/// <summary>Applies one batch inside a transaction by the rules every graph store keeps (<see cref="IGraphStore.ApplyAsync"/>).</summary>
internal static class SqliteBatchWriter
{
    public static async Task<GraphBatchResult> WriteAsync(SqliteConnection db, SqliteTransaction tx, GraphBatch batch, CancellationToken ct)
    {
        var written = batch.Fragments.SelectMany(f => f.Nodes.Select(n => n.Id)).ToHashSet(StringComparer.Ordinal);
        var gone = await RemoveOwnersAsync(db, tx, batch.RemovedOwners.Concat(batch.Fragments.Select(f => f.Owner)).Distinct(), written, ct);

        // A node that goes takes the edges that touch it, whoever owns them (Neo4j's DETACH DELETE).
        await using (var detach = db.Command("DELETE FROM edges WHERE src = $id; DELETE FROM edges WHERE dst = $id;", tx, ("$id", "")))
        {
            foreach (var id in gone)
            {
                detach.Parameters["$id"].Value = id;
                await detach.ExecuteNonQueryAsync(ct);
            }
        }

        // Every node before any edge, so that an edge may join nodes of two fragments of the batch.
        await using (var node = db.Command("INSERT OR REPLACE INTO nodes (id, label, name, owner, presented) VALUES ($id, $label, $name, $owner, $presented)", tx,
            ("$id", ""), ("$label", ""), ("$name", ""), ("$owner", ""), ("$presented", DBNull.Value)))
        {
            foreach (var fragment in batch.Fragments)
            foreach (var n in fragment.Nodes)
            {
                (node.Parameters["$id"].Value, node.Parameters["$label"].Value, node.Parameters["$name"].Value, node.Parameters["$owner"].Value) =
                    (n.Id, n.Label, n.Name, fragment.Owner);
                node.Parameters["$presented"].Value = (object?)n.Presented ?? DBNull.Value;
                await node.ExecuteNonQueryAsync(ct);
            }
        }

        var skipped = new List<GraphEdge>();
        await using (var edge = db.Command("""
            INSERT OR REPLACE INTO edges (src, type, dst, owner) SELECT $src, $type, $dst, $owner
            WHERE EXISTS (SELECT 1 FROM nodes WHERE id = $src) AND EXISTS (SELECT 1 FROM nodes WHERE id = $dst)
            """, tx, ("$src", ""), ("$type", ""), ("$dst", ""), ("$owner", "")))
        {
            foreach (var fragment in batch.Fragments)
            foreach (var e in fragment.Edges)
            {
                (edge.Parameters["$src"].Value, edge.Parameters["$type"].Value, edge.Parameters["$dst"].Value, edge.Parameters["$owner"].Value) =
                    (e.From, e.Type, e.To, fragment.Owner);
                if (await edge.ExecuteNonQueryAsync(ct) == 0) skipped.Add(e);
            }
        }

        await db.ExecuteAsync("INSERT OR REPLACE INTO meta (key, value) VALUES ('seq', $seq)", ct, tx,
            ("$seq", batch.Sequence.ToString(CultureInfo.InvariantCulture)));
        return new GraphBatchResult(skipped);
    }

    /// <summary>Deletes the owners' nodes and edges; returns the ids of the nodes that went and are not written again.</summary>
    private static async Task<List<string>> RemoveOwnersAsync(SqliteConnection db, SqliteTransaction tx, IEnumerable<string> owners,
        HashSet<string> written, CancellationToken ct)
    {
        var gone = new List<string>();
        await using var ownedNodes = db.Command("SELECT id FROM nodes WHERE owner = $owner", tx, ("$owner", ""));
        await using var delete = db.Command("DELETE FROM nodes WHERE owner = $owner; DELETE FROM edges WHERE owner = $owner;", tx, ("$owner", ""));
        foreach (var owner in owners)
        {
            ownedNodes.Parameters["$owner"].Value = owner;
            delete.Parameters["$owner"].Value = owner;
            await using (var reader = await ownedNodes.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct))
                    if (!written.Contains(reader.GetString(0))) gone.Add(reader.GetString(0));
            await delete.ExecuteNonQueryAsync(ct);
        }
        return gone;
    }
}
