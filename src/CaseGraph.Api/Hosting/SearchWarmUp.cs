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
/// compiling the search path, the first reads of the index (200-600 ms on the bundled corpus), loading the embedding model
/// and building the identifier screen. Readiness
/// waits for it. The embedding model needs no commit: it loads from the start, beside the wait and the searches; the
/// identifier screen (built from the commit's vocabulary) is built beside the searches.
/// </summary>
public sealed class SearchWarmUp(LuceneSearchIndex index, IGraphStore graph, ITextEmbedder embedder, IOptions<SemanticOptions> semantic,
    CaseGraph.Api.Privacy.PhiDetectorProvider identifiers, ILogger<SearchWarmUp> logger) : BackgroundService
{
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Done => _finished.Task.IsCompleted;

    /// <summary>Completes once the warm-up has run (or failed): from then on the service answers searches.</summary>
    public Task Finished => _finished.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            // Loading the embedding model (90 MB) takes a second or two: paid here, not by the first question.
            var meaning = semantic.Value.Enabled
                ? Task.Run(() => embedder.EmbedQuery("tapering long-term opioids", stoppingToken), stoppingToken)
                : Task.CompletedTask;
            while (index.RunCommittedAt() is null) await Task.Delay(TimeSpan.FromMilliseconds(200), stoppingToken);
            index.Refresh();
            // So is building the identifier screen (name lists, compiled patterns): the workbench checks every case with it first.
            var screen = Task.Run(() => identifiers.Detector.Scan("Her daughter Jane can be reached at 555-867-5309."), stoppingToken);
            using (var view = index.Pin())
            {
                var search = new CombinedSearch(view, graph);
                await search.SearchAsync("pain \"opioid use disorder\"", QuerySyntax.Simple, new SearchFilters(), 10, 0, stoppingToken);
                await search.SearchAsync("benzodiazepines taper", QuerySyntax.Simple, new SearchFilters(DocumentKind.Case), 10, 0, stoppingToken);
            }
            await Task.WhenAll(meaning, screen);
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
    }
}
