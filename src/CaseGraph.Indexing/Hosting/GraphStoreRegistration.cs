using CaseGraph.Core.Graph;
using CaseGraph.Graph.Neo4j;
using CaseGraph.Graph.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>Section <c>Graph</c>: <c>Provider</c> chooses the graph store, <c>Sqlite</c> (default, embedded in the indexes
/// folder) or <c>Neo4j</c> (section <c>Graph:Neo4j</c>: Url, Database, User; the password from <c>Graph__Neo4j__Password</c>).</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public string Provider { get; set; } = "Sqlite";

    public bool UsesNeo4j => Provider.Equals("Neo4j", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<string> Validate()
    {
        if (!UsesNeo4j && !Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            yield return $"{Section}:{nameof(Provider)} must be Sqlite or Neo4j";
    }
}

public static class GraphStoreRegistration
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateRules(o => o.Validate()).ValidateOnStart();
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section)
            .ValidateRules<Neo4jOptions, IOptions<GraphOptions>>((neo4j, graph) => graph.Value.UsesNeo4j ? neo4j.Validate() : []).ValidateOnStart();
        // One long-lived client (made only for Neo4j); its pooled connections are renewed so a moved server (DNS) is found again.
        services.AddHttpClient(nameof(Neo4jQueryClient), (sp, http) =>
            {
                var neo4j = sp.GetRequiredService<IOptions<Neo4jOptions>>().Value;
                http.BaseAddress = new Uri(neo4j.Url);
                http.Timeout = TimeSpan.FromSeconds(neo4j.RequestTimeoutSeconds);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new Neo4jQueryClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Neo4jQueryClient)),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        return services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.UsesNeo4j
            ? new Neo4jGraphStore(sp.GetRequiredService<Neo4jQueryClient>())
            : new SqliteGraphStore(sp.GetRequiredService<IndexPaths>().Graph));
    }
}
