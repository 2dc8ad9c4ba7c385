using CaseGraph.Core.Graph;
using CaseGraph.Graph.Sqlite;

namespace CaseGraph.Indexing.Tests.GraphStores;

public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("casegraph-graph").FullName;

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = new SqliteGraphStore(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db"));
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    [Fact]
    public async Task A_batch_of_a_run_in_progress_writes_in_bulk_and_leaves_the_pooled_connection_as_it_found_it()
    {
        var store = (SqliteGraphStore)await CreateStoreAsync();
        var fragment = new GraphFragment("case-1", [new GraphNode("case-1", NodeLabels.Case, "A case")], []);
        await store.ApplyAsync(new GraphBatch(GraphBatch.InProgress, [], [fragment]), CancellationToken.None);

        await using var db = await SqliteDatabase.OpenAsync(store.Path, CancellationToken.None);
        async Task<long> Pragma(string name)
        {
            await using var command = db.Command("PRAGMA " + name);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        Assert.Equal(2, await Pragma("synchronous")); // FULL
        Assert.Equal(-2000, await Pragma("cache_size"));
        Assert.Equal(1000, await Pragma("wal_autocheckpoint"));
        Assert.Equal(GraphBatch.InProgress, await store.GetSequenceAsync(CancellationToken.None));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
