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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
