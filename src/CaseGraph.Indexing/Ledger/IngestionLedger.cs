using CaseGraph.Graph.Sqlite;

namespace CaseGraph.Indexing.Ledger;

/// <summary>One ingested item as the ledger remembers it.</summary>
public sealed record LedgerEntry(string Id, string Kind, string Source, string Hash);

/// <summary>
/// The system of record (SQLite, WAL, synchronous=FULL): every ingested item with its content hash and the
/// sequence of the batch that wrote it. Lucene and the graph are views derived from it.
/// </summary>
public sealed class IngestionLedger(string path)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, hash TEXT NOT NULL, seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await db.ExecuteAsync(Schema, ct);
    }

    public async Task<IReadOnlyDictionary<string, LedgerEntry>> GetAllAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var command = db.Command("SELECT id, kind, source, hash FROM items");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new Dictionary<string, LedgerEntry>();
        while (await reader.ReadAsync(ct))
            items[reader.GetString(0)] = new LedgerEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        return items;
    }

    public async Task<long> GetSequenceAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var command = db.Command("SELECT value FROM meta WHERE key = 'seq'");
        return await command.ExecuteScalarAsync(ct) is string s && long.TryParse(s, out var seq) ? seq : 0;
    }

    /// <summary>Records one batch atomically: what was written, what was removed, and its sequence.</summary>
    public async Task RecordAsync(long sequence, IEnumerable<LedgerEntry> written, IEnumerable<string> removed, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var tx = (Microsoft.Data.Sqlite.SqliteTransaction)await db.BeginTransactionAsync(ct);
        await using (var upsert = db.Command("INSERT OR REPLACE INTO items (id, kind, source, hash, seq) VALUES ($id, $kind, $source, $hash, $seq)", tx,
            ("$id", ""), ("$kind", ""), ("$source", ""), ("$hash", ""), ("$seq", sequence)))
        {
            foreach (var e in written)
            {
                (upsert.Parameters["$id"].Value, upsert.Parameters["$kind"].Value, upsert.Parameters["$source"].Value, upsert.Parameters["$hash"].Value) =
                    (e.Id, e.Kind, e.Source, e.Hash);
                await upsert.ExecuteNonQueryAsync(ct);
            }
        }
        await using (var delete = db.Command("DELETE FROM items WHERE id = $id", tx, ("$id", "")))
        {
            foreach (var id in removed)
            {
                delete.Parameters["$id"].Value = id;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        await db.ExecuteAsync("INSERT OR REPLACE INTO meta (key, value) VALUES ('seq', $seq)", ct, tx,
            ("$seq", sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await tx.CommitAsync(ct);
    }
}
