using CaseGraph.Core.Graph;
using CaseGraph.Graph.Neo4j;
using CaseGraph.Graph.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseGraph.Indexing.Hosting;

/// <summary><c>Graph:Provider</c> chooses the graph store: <c>Sqlite</c> (default, embedded in the indexes folder) or
/// <c>Neo4j</c> (section <c>Graph:Neo4j</c>: Url, Database, User; the password from <c>Graph__Neo4j__Password</c>).</summary>
public static class GraphStoreRegistration
{
    public const string ProviderKey = "Graph:Provider";

    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[ProviderKey] ?? "Sqlite";
        if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            return services.AddSingleton<IGraphStore>(sp => new SqliteGraphStore(sp.GetRequiredService<IndexPaths>().Graph));
        if (!provider.Equals("Neo4j", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Neo4j, not '{provider}'");

        var options = configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{Neo4jOptions.Section}:Url must be an http(s) address like http://localhost:7474, not '{options.Url}'");
        // One long-lived client; its pooled connections are renewed so a moved server (DNS) is found again.
        services.AddHttpClient(nameof(Neo4jQueryClient), http =>
            {
                http.BaseAddress = url;
                http.Timeout = TimeSpan.FromSeconds(100);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => new Neo4jQueryClient(sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Neo4jQueryClient)), options));
        return services.AddSingleton<IGraphStore>(sp => new Neo4jGraphStore(sp.GetRequiredService<Neo4jQueryClient>()));
    }
}
