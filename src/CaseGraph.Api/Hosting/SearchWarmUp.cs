using System.Diagnostics;
using CaseGraph.Core.Graph;
using CaseGraph.Core.Model;
using CaseGraph.Core.Search;
using CaseGraph.Core.Semantic;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// Runs a few searches once the index holds a committed run, so that the first user's search does not pay for
/// compiling the search path and the first reads of the index (200-600 ms on the bundled corpus). Readiness waits for
/// that and nothing else. The embedding model (loaded beside the wait when there is no commit yet, else after the
/// searches) and the identifier screen (built from the commit's vocabulary) go on loading after ready: whoever needs one first waits for that same
/// load (the model is a <see cref="CaseGraph.Semantic.LazyEmbedder"/>, the screen a
/// <see cref="CaseGraph.Api.Privacy.PhiDetectorProvider"/>), never a second one.
/// </summary>
public sealed class SearchWarmUp(LuceneSearchIndex index, IGraphStore graph, ITextEmbedder embedder, IOptions<SemanticOptions> semantic,
    CaseGraph.Api.Privacy.PhiDetectorProvider identifiers, ILogger<SearchWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Done => _finished.Task.IsCompleted;

    /// <summary>Completes once the search path is warm (or its warm-up failed): from then on the service answers searches.</summary>
    public Task Finished => _finished.Task;

    /// <summary>Completes after <see cref="Finished"/>, once the embedding model and the identifier screen are loaded (or failed to).</summary>
    public Task Loaded => _loaded.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        Task? meaning = null;
        try
        {
            // Loading the embedding model (90 MB) takes a second or two: paid here, not by the first question by meaning. With
            // no commit yet it loads while the worker indexes; with one, after the searches, so as not to share the cores with them.
            if (index.RunCommittedAt() is null) meaning = LoadModel(stoppingToken);
            while (index.RunCommittedAt() is null) await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
            index.Refresh();
            using (var view = index.Pin())
            {
                var search = new CombinedSearch(view, graph);
                await search.SearchAsync("pain \"opioid use disorder\"", QuerySyntax.Simple, new SearchFilters(), 10, 0, stoppingToken);
                await search.SearchAsync("benzodiazepines taper", QuerySyntax.Simple, new SearchFilters(DocumentKind.Case), 10, 0, stoppingToken);
            }
            logger.LogInformation("Search path warmed up in {Milliseconds:F0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException)
        {
            return; // shutting down
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Search warm-up failed; the first searches will be slower");
        }
        _finished.TrySetResult();
        // So is building the identifier screen (name lists, compiled patterns): the workbench checks every case with it first.
        var screen = OwnThread(() => identifiers.Detector.Scan("Her daughter Jane can be reached at 555-867-5309."), stoppingToken);
        await AwaitLoadsAsync(meaning ?? LoadModel(stoppingToken), screen, started, stoppingToken);
    }

    private Task LoadModel(CancellationToken ct) =>
        semantic.Value.Enabled ? OwnThread(() => embedder.EmbedQuery("tapering long-term opioids", ct), ct) : Task.CompletedTask;

    /// <summary>Seconds of work on a thread of its own: on the thread pool it would hold back the requests and the ready
    /// signal that queue behind it (on 2 cores, 3 s of ready at 100k went to that).</summary>
    private static Task OwnThread(Action work, CancellationToken ct) =>
        Task.Factory.StartNew(work, ct, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private async Task AwaitLoadsAsync(Task meaning, Task screen, long started, CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(meaning, screen).WaitAsync(stoppingToken);
            logger.LogInformation("Embedding model and identifier screen loaded {Milliseconds:F0} ms after the warm-up began",
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException)
        {
            return; // shutting down
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Loading the embedding model or the identifier screen ahead of use failed; requests that need one will meet the same failure");
        }
        _loaded.TrySetResult();
    }
}
