using System.Text.RegularExpressions;
using Npgsql;
using NpgsqlTypes;

namespace CaseGraph.Benchmarks;

/// <summary>PostgreSQL full-text search (tsvector + GIN + ts_rank), the server engine a team would pick instead: same documents and queries.</summary>
public sealed partial class PostgresPeer(string connectionString) : IDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    public void Build(IEnumerable<BenchDocument> documents)
    {
        Execute("DROP TABLE IF EXISTS docs; CREATE TABLE docs (id text PRIMARY KEY, kind text NOT NULL, title text NOT NULL, body text NOT NULL, " +
                "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) STORED)");
        using (var connection = _source.OpenConnection())
        using (var import = connection.BeginBinaryImport("COPY docs (id, kind, title, body) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var d in documents)
            {
                import.StartRow();
                import.Write(d.Id, NpgsqlDbType.Text);
                import.Write(d.Kind, NpgsqlDbType.Text);
                import.Write(d.Title, NpgsqlDbType.Text);
                import.Write(d.Text, NpgsqlDbType.Text);
            }
            import.Complete();
        }
        Execute("CREATE INDEX docs_tsv ON docs USING GIN (tsv); ANALYZE docs");
    }

    public long SizeBytes()
    {
        using var command = _source.CreateCommand("SELECT pg_total_relation_size('docs')");
        return (long)command.ExecuteScalar()!;
    }

    public IReadOnlyList<string> Search(BenchQuery query)
    {
        using var command = _source.CreateCommand("SELECT id FROM docs WHERE tsv @@ to_tsquery('english', $1)" +
            (query.CasesOnly ? " AND kind = 'case'" : "") + " ORDER BY ts_rank(tsv, to_tsquery('english', $1)) DESC LIMIT 10");
        command.Parameters.AddWithValue(TsQuery(query));
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>The same OR of words and phrases: <c>buprenorphine | (opioid &lt;-&gt; use &lt;-&gt; disorder)</c>.</summary>
    public static string TsQuery(BenchQuery query) => string.Join(" | ", query.Parts()
        .Select(p => Word().Matches(p).Select(m => m.Value).ToList())
        .Where(words => words.Count > 0)
        .Select(words => words.Count == 1 ? words[0] : "(" + string.Join(" <-> ", words) + ")"));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private void Execute(string sql)
    {
        using var command = _source.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose() => _source.Dispose();
}
