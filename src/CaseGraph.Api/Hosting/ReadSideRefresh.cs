using CaseGraph.Indexing.Pipeline;
using CaseGraph.Indexing.Semantic;
using CaseGraph.Lucene;
using CaseGraph.Semantic;
using Microsoft.Extensions.Options;

namespace CaseGraph.Api.Hosting;

/// <summary>
/// Moves the read side to the newest commit: the searcher first, then the vectors of at most that commit. Runs after
/// each commit and each vector file of an in-process worker, and every 2 s for a worker in another process.
/// </summary>
public sealed class ReadSideRefresh
{
    private readonly LuceneSearchIndex _index;
    private readonly SemanticIndex _semantic;
    private readonly bool _semanticEnabled;

    public ReadSideRefresh(LuceneSearchIndex index, SemanticIndex semantic, IOptions<SemanticOptions> options, IServiceProvider services)
    {
        (_index, _semantic, _semanticEnabled) = (index, semantic, options.Value.Enabled);
        if (services.GetService<IndexingStatus>() is { } indexing) indexing.Committed += Now;
        if (services.GetService<SemanticStatus>() is { } embedding) embedding.VectorsWritten += Now;
    }

    public void Now()
    {
        _index.Refresh();
        if (_semanticEnabled && _index.LastCommit() is { } commit) _semantic.Refresh(commit.Sequence);
    }
}

/// <summary>Picks up commits of a worker running in another process (docker-compose); cheap when nothing changed.</summary>
internal sealed class SearcherRefreshService(ReadSideRefresh refresh) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) refresh.Now();
        }
        catch (OperationCanceledException)
        {
            // shutting down
        }
    }
}
