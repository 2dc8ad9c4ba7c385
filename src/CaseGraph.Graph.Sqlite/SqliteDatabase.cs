using Microsoft.Data.Sqlite;

namespace CaseGraph.Graph.Sqlite;

/// <summary>Opens SQLite files the way CaseGraph keeps them: WAL journal, synchronous=FULL, pooled connections.</summary>
public static class SqliteDatabase
{
    /// <summary>How every write is made: each commit reaches the disk; SQLite's own page cache (2 MB) and checkpoint (1,000 pages).</summary>
    private const string DurableWrites = "PRAGMA synchronous=FULL; PRAGMA cache_size=-2000; PRAGMA wal_autocheckpoint=1000;";

    /// <summary>For writes that may be lost and redone: commits need not reach the disk (WAL keeps the file sound), a 64 MB
    /// page cache, a checkpoint every 16,384 pages.</summary>
    private const string BulkWrites = "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384;";

    public static async Task<SqliteConnection> OpenAsync(string path, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString());
        await connection.OpenAsync(ct);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=5000;", ct);
        return connection;
    }

    /// <summary>Sets a (pooled) connection for bulk writes; <see cref="EndBulkWritesAsync"/> gives it back its durable settings.</summary>
    public static Task<int> BeginBulkWritesAsync(this SqliteConnection connection, CancellationToken ct) => connection.ExecuteAsync(BulkWrites, ct);

    public static Task<int> EndBulkWritesAsync(this SqliteConnection connection) => connection.ExecuteAsync(DurableWrites, CancellationToken.None);

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken ct,
        SqliteTransaction? transaction = null, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null,
        params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
