using System.Diagnostics;
using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Hosting;

/// <summary>
/// Runs the indexing pipeline in a host: once at start, then when watching, again soon after the corpus changes and on a
/// schedule that grows with the cost of a pass (<see cref="WatchSchedule"/>, <see cref="CorpusChanges"/>). A failed run is
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
        using var changes = o.Watch ? new CorpusChanges(o.CorpusPath, logger) : null;
        do
        {
            changes?.Forget();
            var started = Stopwatch.GetTimestamp();
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
            var interval = TimeSpan.FromSeconds(o.WatchIntervalSeconds);
            var pause = WatchSchedule.PauseAfter(Stopwatch.GetElapsedTime(started), interval);
            logger.LogDebug("Next pass over the corpus in {Seconds:F0} s, or after {Interval} s if it changes", pause.TotalSeconds, o.WatchIntervalSeconds);
            try
            {
                await Task.Delay(interval, stoppingToken);
                await changes!.WaitAsync(pause - interval, stoppingToken);
            }
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
