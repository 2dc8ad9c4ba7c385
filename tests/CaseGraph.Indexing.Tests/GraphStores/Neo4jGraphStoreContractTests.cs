using CaseGraph.Core.Graph;
using CaseGraph.Graph.Neo4j;

namespace CaseGraph.Indexing.Tests.GraphStores;

/// <summary>
/// The contract against a real Neo4j 5 (Query API) when <c>CASEGRAPH_NEO4J_URL</c> is set (with
/// <c>CASEGRAPH_NEO4J_USER</c>, <c>CASEGRAPH_NEO4J_PASSWORD</c>, <c>CASEGRAPH_NEO4J_DATABASE</c>); each test empties
/// that database, so point it at a throwaway server. Without it every test is reported skipped with the reason.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    private static readonly string? Url = Environment.GetEnvironmentVariable("CASEGRAPH_NEO4J_URL");

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        Skip.If(string.IsNullOrEmpty(Url), "CASEGRAPH_NEO4J_URL is not set: no Neo4j server to run the graph store contract against");
        var options = new Neo4jOptions
        {
            Url = Url!,
            User = Environment.GetEnvironmentVariable("CASEGRAPH_NEO4J_USER") ?? "neo4j",
            Password = Environment.GetEnvironmentVariable("CASEGRAPH_NEO4J_PASSWORD") ?? "",
            Database = Environment.GetEnvironmentVariable("CASEGRAPH_NEO4J_DATABASE") ?? "neo4j",
        };
        var client = new Neo4jQueryClient(new HttpClient { BaseAddress = new Uri(options.Url) }, options);
        await client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"), CancellationToken.None);
        var store = new Neo4jGraphStore(client);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }
}
