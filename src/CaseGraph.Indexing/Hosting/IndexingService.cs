using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// Runs the indexing pipeline in a host: once at start, then every few seconds when watching. A failed run is
/// logged and reported on /health; the host keeps serving what was indexed before. A host that stops after the first
/// run waits for the embedding stage (when there is one) to finish that run's vectors first.
/// </summary>
public sealed class IndexingService(IndexingPipeline pipeline, IOptions<IndexingOptions> options, IHostApplicationLifetime lifetime,
    ILogger<IndexingService> logger, IEmbeddingQueue? embeddings = null) : BackgroundService
{
    public int ExitCode { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;
        await Task.Yield(); // let the host finish starting; indexing runs in the background
        logger.LogInformation("Indexing {Corpus} into {Indexes}{Watch}", o.CorpusPath, o.IndexesPath, o.Watch ? " (watching for changes)" : "");
        do
        {
            try
            {
                await pipeline.RunAsync(o.CorpusPath, stoppingToken);
                ExitCode = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                ExitCode = 1;
                logger.LogError(ex, "Indexing run failed; the last committed index stays searchable");
            }
            if (!o.Watch) break;
            try { await Task.Delay(TimeSpan.FromSeconds(o.WatchIntervalSeconds), stoppingToken); }
            catch (OperationCanceledException) { return; }
        } while (!stoppingToken.IsCancellationRequested);

        if (!o.ExitWhenDone) return;
        if (embeddings is not null)
        {
            try { await embeddings.WhenIdleAsync(stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
        lifetime.StopApplication();
    }
}
