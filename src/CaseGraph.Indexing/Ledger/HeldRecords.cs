using System.Text.Json;
using CaseGraph.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace CaseGraph.Indexing.Ledger;

/// <summary>Where an identifier was found: the field, the kind and the character offsets, never the text.</summary>
public sealed record HeldFinding(string Field, string Kind, int Start, int End, double Confidence = 1);

/// <summary>A record held back for identifiers, as the ledger notes it.</summary>
/// <param name="Name">its name in the quarantine folder (a hash of kind, source and id; see QuarantineGate.NameFor)</param>
/// <param name="Source">its corpus file, relative to the corpus folder</param>
/// <param name="Line">its line in that file (1 for a case file)</param>
/// <param name="ContentHash">the hash of the record as read when it was held</param>
/// <param name="ReleasedHash">the content hash a reviewer released with the release command, if any: while the record
/// keeps that hash it is indexed as it is</param>
public sealed record HeldRecord(string Name, string Id, string Kind, string Source, int Line, string ContentHash,
    IReadOnlyList<HeldFinding> Findings, DateTimeOffset HeldAt, string? ReleasedHash)
{
    public bool Released => ReleasedHash == ContentHash;
}

/// <summary>
/// The ledger's table of held-back records (in the ledger's SQLite file). It is what the worker, the release command,
/// /health and GET /api/quarantine read; the copies under the quarantine folder are only kept so nothing is lost.
/// </summary>
public sealed class HeldRecords(string ledgerPath)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS held_records (name TEXT PRIMARY KEY, id TEXT NOT NULL, kind TEXT NOT NULL, source TEXT NOT NULL,
          line INTEGER NOT NULL, content_hash TEXT NOT NULL, findings TEXT NOT NULL, held_at TEXT NOT NULL, released_hash TEXT)
        """;
    private const string Columns = "name, id, kind, source, line, content_hash, findings, held_at, released_hash";

    /// <summary>Notes a record as held; a release given for the same content stays.</summary>
    public async Task HoldAsync(HeldRecord record, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await db.ExecuteAsync($"""
            INSERT INTO held_records ({Columns}) VALUES ($name, $id, $kind, $source, $line, $hash, $findings, $at, NULL)
            ON CONFLICT(name) DO UPDATE SET id = $id, kind = $kind, source = $source, line = $line, content_hash = $hash,
              findings = $findings, held_at = CASE WHEN content_hash = $hash THEN held_at ELSE $at END
            """, ct, null, ("$name", record.Name), ("$id", record.Id), ("$kind", record.Kind), ("$source", record.Source), ("$line", record.Line),
            ("$hash", record.ContentHash), ("$findings", JsonSerializer.Serialize(record.Findings)), ("$at", record.HeldAt.ToString("O")));
    }

    /// <summary>Every held record, ordered by id; empty when the ledger or its table does not exist yet (nothing is created to read it).</summary>
    public async Task<IReadOnlyList<HeldRecord>> AllAsync(CancellationToken ct)
    {
        await using var db = await OpenForReadingAsync(ct);
        if (db is null) return [];
        await using var command = db.Command($"SELECT {Columns} FROM held_records ORDER BY id, name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var held = new List<HeldRecord>();
        while (await reader.ReadAsync(ct))
            held.Add(new HeldRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
                reader.GetString(5), JsonSerializer.Deserialize<List<HeldFinding>>(reader.GetString(6)) ?? [],
                DateTimeOffset.Parse(reader.GetString(7), System.Globalization.CultureInfo.InvariantCulture),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        return held;
    }

    /// <summary>How many records are held back and how many a reviewer released, without reading their findings.</summary>
    public async Task<(int Held, int Released)> CountsAsync(CancellationToken ct)
    {
        await using var db = await OpenForReadingAsync(ct);
        if (db is null) return (0, 0);
        await using var command = db.Command("SELECT count(*), coalesce(sum(released_hash IS content_hash), 0) FROM held_records");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var (all, released) = (reader.GetInt32(0), reader.GetInt32(1)); // released as HeldRecord.Released reads it
        return (all - released, released);
    }

    /// <summary>Releases every held record with this id as its content is now; returns how many.</summary>
    public async Task<int> ReleaseAsync(string id, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        return await db.ExecuteAsync("UPDATE held_records SET released_hash = content_hash WHERE id = $id", ct, null, ("$id", id));
    }

    /// <summary>Drops the entry: its record scans clean now, or is no longer in the corpus.</summary>
    public async Task DropAsync(string name, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await db.ExecuteAsync("DELETE FROM held_records WHERE name = $name", ct, null, ("$name", name));
    }

    /// <summary>The ledger as it is (the API may read while the worker writes), or null while it or the table does not exist.</summary>
    private async Task<SqliteConnection?> OpenForReadingAsync(CancellationToken ct)
    {
        if (!File.Exists(ledgerPath)) return null;
        var db = await SqliteDatabase.OpenAsync(ledgerPath, ct);
        await using var exists = db.Command("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'held_records'");
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct)) > 0) return db;
        await db.DisposeAsync();
        return null;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var db = await SqliteDatabase.OpenAsync(ledgerPath, ct);
        await db.ExecuteAsync(Schema, ct);
        return db;
    }
}
