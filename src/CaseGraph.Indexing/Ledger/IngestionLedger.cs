using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Corpus;
using Microsoft.Data.Sqlite;

namespace CaseGraph.Indexing.Ledger;

/// <summary>One ingested item as the ledger remembers it.</summary>
public sealed record LedgerEntry(string Id, string Kind, string Source, string Hash);

/// <summary>What a run learnt of the corpus files: the files it read whole (to vouch for) and the known paths to forget.</summary>
public sealed record KnownFilesUpdate(string Context, string VocabularyFingerprint, string TopicModel,
    IReadOnlyDictionary<string, KnownFile> Vouched, IReadOnlyCollection<string> Forgotten)
{
    public bool IsEmpty => Vouched.Count == 0 && Forgotten.Count == 0;
}

/// <summary>
/// The system of record (SQLite, WAL, synchronous=FULL): every ingested item with its content hash and the
/// sequence of the batch that wrote it. Lucene and the graph are views derived from it. It also vouches for the corpus
/// files that produced its items (<see cref="KnownFiles"/>), updated in the same transaction as the items.
/// </summary>
public sealed class IngestionLedger(string path)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS items (id TEXT PRIMARY KEY, kind TEXT NOT NULL, source TEXT NOT NULL, hash TEXT NOT NULL, seq INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, length INTEGER NOT NULL, mtime INTEGER NOT NULL, items TEXT NOT NULL,
          claims TEXT NOT NULL, curated INTEGER NOT NULL);
        """;
    private const string ContextKey = "files-context", VocabularyKey = "files-vocabulary", TopicModelKey = "files-topic-model";

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
        while (reader.Read())
            items[reader.GetString(0)] = new LedgerEntry(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3));
        return items;
    }

    public async Task<long> GetSequenceAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var command = db.Command("SELECT value FROM meta WHERE key = 'seq'");
        return await command.ExecuteScalarAsync(ct) is string s && long.TryParse(s, out var seq) ? seq : 0;
    }

    /// <summary>The files the ledger vouches for, and the context they were recorded in.</summary>
    public async Task<KnownFiles> GetKnownFilesAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        var meta = new Dictionary<string, string>();
        await using (var command = db.Command($"SELECT key, value FROM meta WHERE key IN ('{ContextKey}', '{VocabularyKey}', '{TopicModelKey}')"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (reader.Read()) meta[reader.GetString(0)] = reader.GetString(1);
        var files = new Dictionary<string, KnownFile>(StringComparer.Ordinal);
        await using (var command = db.Command("SELECT path, length, mtime, items, claims, curated FROM files"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
            while (reader.Read()) // synchronously: a row at a time costs little, an await per row of 100,000 does not
                files[reader.GetString(0)] = new KnownFile(new FileStamp(reader.GetInt64(1), reader.GetInt64(2)), Ids(reader.GetString(3)),
                    Ids(reader.GetString(4)), reader.GetInt64(5) != 0);
        return new KnownFiles(meta.GetValueOrDefault(ContextKey, ""), meta.GetValueOrDefault(VocabularyKey, ""),
            meta.GetValueOrDefault(TopicModelKey, ""), files);
    }

    /// <summary>Updates the vouched files alone (a run that wrote nothing, but read files whose stamps had changed).</summary>
    public async Task RecordFilesAsync(KnownFilesUpdate update, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        await WriteFilesAsync(db, tx, update, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Records one batch atomically: what was written, what was removed, its sequence, and the files vouched for.</summary>
    public async Task RecordAsync(long sequence, IEnumerable<LedgerEntry> written, IEnumerable<string> removed, CancellationToken ct,
        KnownFilesUpdate? files = null)
    {
        await using var db = await SqliteDatabase.OpenAsync(path, ct);
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync(ct);
        if (files is not null) await WriteFilesAsync(db, tx, files, ct);
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

    private static async Task WriteFilesAsync(SqliteConnection db, SqliteTransaction tx, KnownFilesUpdate update, CancellationToken ct)
    {
        await using (var upsert = db.Command("INSERT OR REPLACE INTO files (path, length, mtime, items, claims, curated) VALUES ($p, $l, $m, $i, $c, $u)", tx,
            ("$p", ""), ("$l", 0L), ("$m", 0L), ("$i", ""), ("$c", ""), ("$u", 0L)))
        {
            foreach (var (file, known) in update.Vouched)
            {
                (upsert.Parameters["$p"].Value, upsert.Parameters["$l"].Value, upsert.Parameters["$m"].Value) = (file, known.Stamp.Length, known.Stamp.LastWriteTicks);
                (upsert.Parameters["$i"].Value, upsert.Parameters["$c"].Value, upsert.Parameters["$u"].Value) =
                    (Joined(known.Items), Joined(known.OtherClaims), known.Curated ? 1L : 0L);
                await upsert.ExecuteNonQueryAsync(ct);
            }
        }
        await using (var delete = db.Command("DELETE FROM files WHERE path = $p", tx, ("$p", "")))
        {
            foreach (var file in update.Forgotten)
            {
                delete.Parameters["$p"].Value = file;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        foreach (var (key, value) in new[] { (ContextKey, update.Context), (VocabularyKey, update.VocabularyFingerprint), (TopicModelKey, update.TopicModel) })
            await db.ExecuteAsync("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", ct, tx, ("$key", key), ("$value", value));
    }

    // Record ids have a closed shape (letters, digits, '_', '.', '-'): a line break never occurs in one.
    private static string Joined(IReadOnlyList<string> ids) => string.Join('\n', ids);

    private static IReadOnlyList<string> Ids(string joined) => joined.Length == 0 ? [] : joined.Split('\n');
}
