using Microsoft.Data.Sqlite;

namespace CaseGraph.Benchmarks;

/// <summary>SQLite FTS5 with bm25, the embedded full-text engine a team would pick instead: same documents, same queries (OR of words and phrases, top 10).</summary>
public sealed class Fts5Peer(string path) : IDisposable
{
    private readonly SqliteConnection _db = Open(path);

    private static SqliteConnection Open(string path)
    {
        var db = new SqliteConnection($"Data Source={path}");
        db.Open();
        return db;
    }

    public void Build(IEnumerable<BenchDocument> documents)
    {
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; DROP TABLE IF EXISTS docs;" +
                "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, kind UNINDEXED, title, text, tokenize = 'porter unicode61');");
        using var tx = _db.BeginTransaction();
        using var insert = _db.CreateCommand();
        insert.CommandText = "INSERT INTO docs (id, kind, title, text) VALUES ($id, $kind, $title, $text)";
        foreach (var name in new[] { "$id", "$kind", "$title", "$text" }) insert.Parameters.Add(new SqliteParameter(name, ""));
        foreach (var d in documents)
        {
            (insert.Parameters[0].Value, insert.Parameters[1].Value, insert.Parameters[2].Value, insert.Parameters[3].Value) = (d.Id, d.Kind, d.Title, d.Text);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
        Execute("INSERT INTO docs(docs) VALUES ('optimize');");
    }

    public IReadOnlyList<string> Search(BenchQuery query)
    {
        using var command = _db.CreateCommand();
        command.CommandText = "SELECT id FROM docs WHERE docs MATCH $q" + (query.CasesOnly ? " AND kind = 'case'" : "") + " ORDER BY bm25(docs) LIMIT 10";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", query.Parts().Select(p => "\"" + p.Replace("\"", "\"\"") + "\"")));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose() => _db.Dispose();
}
