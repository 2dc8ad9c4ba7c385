using CaseGraph.Graph.Sqlite;
using Microsoft.Data.Sqlite;

namespace CaseGraph.Indexing.Ledger;

/// <summary>Where a quarantined record came from, as the worker noted it when it moved the record out.</summary>
/// <param name="Name">the record's name in quarantine (a hash; see QuarantineGate.NameFor)</param>
/// <param name="Kind">"case" or "guideline"</param>
/// <param name="Source">its corpus path, relative to the corpus folder</param>
public sealed record QuarantineOrigin(string Name, string Kind, string Source, string Id);

/// <summary>
/// The worker's own note of each quarantined record's origin, in the ledger's SQLite file (a table of its own). A record
/// goes back only to the place noted here, never to a place a report in the quarantine folder names.
/// </summary>
public sealed class QuarantineRegister(string ledgerPath)
{
    private const string Schema =
        "CREATE TABLE IF NOT EXISTS quarantine (name TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, id TEXT NOT NULL)";

    public async Task AddAsync(QuarantineOrigin origin, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await db.ExecuteAsync("INSERT OR REPLACE INTO quarantine (name, kind, source, id) VALUES ($name, $kind, $source, $id)", ct, null,
            ("$name", origin.Name), ("$kind", origin.Kind), ("$source", origin.Source), ("$id", origin.Id));
    }

    public async Task<QuarantineOrigin?> FindAsync(string name, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await using var command = db.Command("SELECT name, kind, source, id FROM quarantine WHERE name = $name", null, ("$name", name));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new QuarantineOrigin(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3))
            : null;
    }

    public async Task RemoveAsync(string name, CancellationToken ct)
    {
        await using var db = await OpenAsync(ct);
        await db.ExecuteAsync("DELETE FROM quarantine WHERE name = $name", ct, null, ("$name", name));
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var db = await SqliteDatabase.OpenAsync(ledgerPath, ct);
        await db.ExecuteAsync(Schema, ct);
        return db;
    }
}
