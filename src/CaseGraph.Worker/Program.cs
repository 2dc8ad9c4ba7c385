using CaseGraph.Indexing.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The stand-alone indexing worker: casegraph-worker --corpus DIR --indexes DIR [--watch]
var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddCommandLine(args.Select(a => a == "--watch" ? "--watch=true" : a).ToArray(), IndexingOptions.SwitchMappings);
builder.Services.Configure<IndexingOptions>(o => o.ExitWhenDone = true);
builder.Services.AddCaseGraphIndexing(builder.Configuration);

using var host = builder.Build();
var indexing = host.Services.GetRequiredService<IndexingService>();
await host.RunAsync();
return indexing.ExitCode;
