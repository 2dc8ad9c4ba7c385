using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The stand-alone indexing worker: casegraph-worker --corpus DIR --indexes DIR [--watch]
// and its one other command: casegraph-worker import-vocabulary [--from ../shared/data/opioid-cds] [--corpus corpus]
if (args.FirstOrDefault() == "import-vocabulary") return VocabularyImport.Run(args);

var builder = Host.CreateApplicationBuilder();
builder.Configuration.AddCommandLine(args.Select(a => a == "--watch" ? "--watch=true" : a).ToArray(), IndexingOptions.SwitchMappings);
builder.Services.Configure<IndexingOptions>(o => o.ExitWhenDone = true);
builder.Services.AddCaseGraphIndexing(builder.Configuration);

using var host = builder.Build();
var indexing = host.Services.GetRequiredService<IndexingService>();
await host.RunAsync();
return indexing.ExitCode;
