using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseGraph.Indexing.Semantic;

/// <summary>Where the indexing pipeline hands each lexical commit to be embedded.</summary>
public interface IEmbeddingQueue
{
    /// <summary>Embed this commit's items next; a newer commit supersedes an older one not yet finished.</summary>
    void Enqueue(EmbeddingTarget target);

    /// <summary>Completes when nothing is queued or being embedded.</summary>
    Task WhenIdleAsync(CancellationToken ct);
}

/// <summary>
/// The worker's embedding stage: behind the lexical index, always on the newest commit only. A commit arriving while
/// an older one is embedded cancels that pass (the cache keeps what it did) and starts the newer one; a run whose
/// complete vector file of this model is already on disk (a restart) is not embedded again. A model change re-embeds in
/// the background: the read side refuses another model's vectors meanwhile.
/// </summary>
public sealed class EmbeddingStage(ITextEmbedder embedder, EmbeddingCache cache, IndexPaths paths, IOptions<SemanticOptions> options,
    SemanticStatus status, ILogger<EmbeddingStage> logger) : BackgroundService, IEmbeddingQueue
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _signal = new(0, 1);
    private EmbeddingTarget? _next;
    private long _lastAccepted = -1;
    private CancellationTokenSource? _running;
    private TaskCompletionSource _idle = Completed();

    public void Enqueue(EmbeddingTarget target)
    {
        lock (_gate)
        {
            if (target.Sequence <= _lastAccepted) return; // the same commit again (a watch cycle that found nothing new)
            _lastAccepted = target.Sequence;
            _next = target;
            if (_idle.Task.IsCompleted) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _running?.Cancel();
            if (_signal.CurrentCount == 0) _signal.Release();
        }
    }

    public Task WhenIdleAsync(CancellationToken ct)
    {
        lock (_gate) return _idle.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var pass = new EmbeddingPass(embedder, cache, paths.Vectors, options.Value, status, logger);
        try
        {
            while (true)
            {
                await _signal.WaitAsync(stoppingToken);
                EmbeddingTarget target;
                CancellationTokenSource running;
                lock (_gate)
                {
                    if (_next is null) continue;
                    (target, _next) = (_next, null);
                    _running = running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                }
                try
                {
                    await RunAsync(pass, target, running.Token);
                }
                catch (OperationCanceledException) when (running.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogInformation("Embedding of run {Sequence} superseded by a newer commit", target.Sequence);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    status.Failed();
                    logger.LogError(ex, "Embedding of run {Sequence} failed; search stays lexical where vectors are missing", target.Sequence);
                }
                finally
                {
                    lock (_gate)
                    {
                        _running = null;
                        if (_next is null) _idle.TrySetResult();
                    }
                    running.Dispose();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            lock (_gate) _idle.TrySetResult(); // shutting down: nothing more will run
        }
    }

    private async Task RunAsync(EmbeddingPass pass, EmbeddingTarget target, CancellationToken ct)
    {
        if (CompleteItems(target.Sequence) is { } complete)
        {
            status.Report(new SemanticProgress(SemanticState.Ready, target.Sequence, complete, complete, 0, 0, embedder.ModelId));
            return;
        }
        logger.LogInformation("Embedding run {Sequence}: {Items} items", target.Sequence, target.Count);
        var report = await pass.RunAsync(target, ct);
        logger.LogInformation("Embedding done: {Report}", report);
        if (report.Failed == 0 && report.Embedded > 0)
        {
            var removed = await cache.RemoveOtherModelsAsync(embedder.ModelId, ct);
            if (removed > 0) logger.LogInformation("Embedding cache: {Removed} entries of other models removed", removed);
        }
    }

    /// <summary>
    /// How many items this run's vector file holds when it holds every item of the run, by this model (the header says; the
    /// file is whole once renamed), else null. Only a target of this run writes its file, so its items need not be read to know.
    /// </summary>
    private int? CompleteItems(long sequence)
    {
        try
        {
            return VectorStoreFiles.ReadHeader(paths.Vectors, sequence) is { } h && h.ModelId == embedder.ModelId && h.Items == h.TotalItems
                ? h.TotalItems : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return null;
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.TrySetResult();
        return done;
    }

    public override void Dispose()
    {
        base.Dispose();
        _signal.Dispose();
    }
}
