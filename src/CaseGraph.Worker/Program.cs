using CaseGraph.Core.Graph;
using CaseGraph.Graph.Sqlite;
using CaseGraph.Indexing;
using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Graph;
using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Ledger;
using CaseGraph.Indexing.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The stand-alone indexing worker: casegraph-worker --corpus DIR --indexes DIR [--watch]
// and its other commands: casegraph-worker import-vocabulary [--from ../shared/data/opioid-cds] [--corpus corpus]
//   casegraph-worker graph export --format cypher|csv --out PATH [--indexes DIR]
//   casegraph-worker graph import --from FILE [--indexes DIR]   (into Graph:Provider's store)
//   casegraph-worker quarantine list [--indexes DIR]
//   casegraph-worker quarantine release --id ID [--indexes DIR]   (after review: indexed as it is on the next run)
//   casegraph-worker health [--indexes DIR]   (exit 0 while the running worker's heartbeat is fresh: a container health check)
StartFailures.EndCleanlyOnStartFailure(Console.Error);
if (args.FirstOrDefault() == "import-vocabulary") return VocabularyImport.Run(args);
if (args is ["health", .. var healthArgs]) return Health(healthArgs);
if (args is ["graph", var verb, .. var rest]) return await GraphCommand(verb, rest);
if (args is ["quarantine", var action, .. var options]) return await QuarantineCommand(action, options);

var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddCommandLine(args.Select(a => a == "--watch" ? "--watch=true" : a).ToArray(), IndexingOptions.SwitchMappings);
builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning); // one line per Neo4j request otherwise
builder.Services.Configure<IndexingOptions>(o => o.ExitWhenDone = true);
builder.Services.AddCaseGraphIndexing(builder.Configuration);
builder.Services.AddHostedService<WorkerHeartbeat>();

using var host = builder.Build();
var indexing = host.Services.GetRequiredService<IndexingService>();
await host.RunAsync();
return indexing.ExitCode;

static int Health(string[] rest)
{
    var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(rest, IndexingOptions.SwitchMappings).Build();
    var options = configuration.GetSection(IndexingOptions.Section).Get<IndexingOptions>() ?? new IndexingOptions();
    options.ResolvePaths(Directory.GetCurrentDirectory());
    var (healthy, reason) = WorkerHeartbeat.Check(new IndexPaths(options.IndexesPath).Heartbeat, DateTimeOffset.UtcNow);
    (healthy ? Console.Out : Console.Error).WriteLine(reason);
    return healthy ? 0 : 1;
}

static async Task<int> QuarantineCommand(string action, string[] rest)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Configuration.AddCommandLine(rest, new Dictionary<string, string>(IndexingOptions.SwitchMappings) { ["--id"] = "Release:Id" });
    builder.Services.AddCaseGraphIndexing(builder.Configuration);
    using var host = builder.Build();
    var held = host.Services.GetRequiredService<HeldRecords>();
    return (action, host.Services.GetRequiredService<IConfiguration>()["Release:Id"]) switch
    {
        ("list", _) => await QuarantineCommands.ListAsync(held, Console.Out, CancellationToken.None),
        ("release", { Length: > 0 } id) => await QuarantineCommands.ReleaseAsync(held, id, Console.Out, CancellationToken.None),
        _ => Usage(),
    };

    static int Usage()
    {
        Console.Error.WriteLine("usage: casegraph-worker quarantine list [--indexes DIR]\n" +
                                "       casegraph-worker quarantine release --id ID [--indexes DIR]");
        return 2;
    }
}

static async Task<int> GraphCommand(string verb, string[] rest)
{
    var builder = Host.CreateApplicationBuilder();
    builder.Configuration.AddCommandLine(rest, new Dictionary<string, string>(IndexingOptions.SwitchMappings)
        { ["--format"] = "Export:Format", ["--out"] = "Export:Out", ["--from"] = "Import:From" });
    builder.Services.AddCaseGraphIndexing(builder.Configuration);
    using var host = builder.Build();
    var config = host.Services.GetRequiredService<IConfiguration>();
    var paths = host.Services.GetRequiredService<IndexPaths>();
    return verb switch
    {
        "export" when config["Export:Out"] is { } output => await GraphCommands.ExportAsync(new SqliteGraphStore(paths.Graph),
            config["Export:Format"] ?? "cypher", output, Console.Out, CancellationToken.None),
        "import" when config["Import:From"] is { } input => await GraphCommands.ImportAsync(host.Services.GetRequiredService<IGraphStore>(),
            input, Console.Out, CancellationToken.None),
        _ => Usage(),
    };

    static int Usage()
    {
        Console.Error.WriteLine("usage: casegraph-worker graph export --format cypher|csv --out PATH [--indexes DIR]\n" +
                                "       casegraph-worker graph import --from FILE [--indexes DIR]");
        return 2;
    }
}
