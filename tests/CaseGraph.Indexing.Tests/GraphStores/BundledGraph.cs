using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>The bundled corpus indexed once into temp indexes (SQLite graph): the graph the export and lint tests work on.</summary>
public sealed class IndexedBundledCorpus : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("casegraph-export").FullName;
    public SqliteGraphStore Graph { get; private set; } = null!;
    public IndexingReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var paths = new IndexPaths(Path.Combine(Folder, "indexes"));
        Graph = new SqliteGraphStore(paths.Graph);
        Report = await new IndexingPipeline(paths, Graph, new IndexingStatus(), NullLogger<IndexingPipeline>.Instance)
            .RunAsync(RepositoryPaths.Default("corpus"), CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class BundledGraphCollection : ICollectionFixture<IndexedBundledCorpus>
{
    public const string Name = "the bundled corpus's graph";
}
