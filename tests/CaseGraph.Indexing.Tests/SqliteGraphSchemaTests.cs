using CaseGraph.Core.Graph;
using CaseGraph.Graph.Sqlite;

namespace CaseGraph.Indexing.Tests;

public class SqliteGraphSchemaTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "casegraph-tests", Guid.NewGuid().ToString("N"), "graph.db");

    [Fact]
    public async Task A_graph_file_of_an_older_schema_is_emptied_so_the_worker_rebuilds_it()
    {
        await using (var db = await SqliteDatabase.OpenAsync(_path, CancellationToken.None))
            await db.ExecuteAsync("""
                CREATE TABLE nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, name TEXT NOT NULL, owner TEXT NOT NULL);
                CREATE TABLE edges (src TEXT NOT NULL, type TEXT NOT NULL, dst TEXT NOT NULL, owner TEXT NOT NULL, PRIMARY KEY (src, type, dst));
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                INSERT INTO meta VALUES ('seq', '7');
                """, CancellationToken.None);
        var store = new SqliteGraphStore(_path);

        await store.InitializeAsync(CancellationToken.None);

        Assert.Equal(0, await store.GetSequenceAsync(CancellationToken.None)); // behind the ledger: rewritten on the next run
        await store.ApplyAsync(new GraphBatch(1, [], [new GraphFragment("case-1", [new GraphNode("case-1", NodeLabels.Case, "t", "2024-03")], [])]),
            CancellationToken.None);
        Assert.Equal(new Dictionary<string, int> { ["2024-03"] = 1 }, (await store.GetConceptCasesByMonthAsync([], CancellationToken.None)).CasesPerMonth);

        await store.InitializeAsync(CancellationToken.None); // the current schema is kept
        Assert.Equal(1, await store.GetSequenceAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }
}
