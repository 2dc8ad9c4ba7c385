using System.Diagnostics;
using CaseGraph.Core.Semantic;
using CaseGraph.Semantic;
using Microsoft.Extensions.Logging;

namespace CaseGraph.Indexing.Semantic;

/// <summary>What a pass did: items with vectors of the run's total, how many the model embedded, came from the cache or failed.</summary>
public sealed record EmbeddingPassReport(long Sequence, int Total, int Embedded, int FromCache, int Failed, double Seconds)
{
    public override string ToString() =>
        $"run {Sequence}: {Embedded} embedded, {FromCache} from the cache, {Failed} failed of {Total} items in {Seconds:F1}s";
}

/// <summary>
/// Embeds the items of one lexical commit and writes their vector file. Items already in the cache cost a lookup; the
/// others are embedded one at a time (one model call already uses every core: docs/semantic.md) and cached about every
/// second in one transaction (one flush to disk, not one an item), and when the pass ends or is cancelled, so a cancelled
/// pass loses nothing it finished and a killed one at most its last second. While it runs, a partial file with the items done so far is written
/// every <see cref="SemanticOptions.PartialWriteSeconds"/>; the final file names the same total, so the read side's
/// coverage is items with vectors of the run's items. An item the model fails on is logged by id and skipped.
/// </summary>
public sealed class EmbeddingPass(ITextEmbedder embedder, EmbeddingCache cache, string vectorsFolder, SemanticOptions options,
    SemanticStatus status, ILogger logger)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(10), CacheEvery = TimeSpan.FromSeconds(1);

    public async Task<EmbeddingPassReport> RunAsync(EmbeddingTarget target, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (modelId, total) = (embedder.ModelId, target.Count);
        await cache.InitializeAsync(ct);
        var hashes = target.Items.Select(i => EmbeddingCache.HashOf(i.Text)).ToArray();
        var cached = await cache.GetManyAsync(hashes, modelId, embedder.Dimensions, ct);
        var done = new TextEmbedding?[total];
        for (var i = 0; i < total; i++) done[i] = cached.GetValueOrDefault(hashes[i]);
        var todo = Enumerable.Range(0, total).Where(i => done[i] is null).ToList();
        var (fromCache, embedded, failed) = (total - todo.Count, 0, 0);

        // While another model's vectors of this run are still served elsewhere, they stay until the final file replaces them.
        var partials = todo.Count > 0 && !HoldsAnotherModel(target.Sequence, modelId);
        var embedding = Stopwatch.StartNew();
        void Report(SemanticState state)
        {
            var rate = embedded / Math.Max(1e-9, embedding.Elapsed.TotalSeconds);
            var left = todo.Count - embedded - failed;
            status.Report(new SemanticProgress(state, target.Sequence, fromCache + embedded, total, embedded == 0 ? 0 : rate,
                state == SemanticState.Ready ? 0 : embedded == 0 ? null : left / rate, modelId));
        }
        Report(SemanticState.Embedding);
        if (partials && fromCache > 0) Write(target, done); // what the cache held is searchable at once
        var (lastWrite, lastLog, lastCached) = (clock.Elapsed, clock.Elapsed, clock.Elapsed);
        var uncached = new List<(string, TextEmbedding)>();
        try
        {
            foreach (var i in todo)
            {
                ct.ThrowIfCancellationRequested();
                var item = target.Items[i];
                try
                {
                    done[i] = embedder.Embed(item.Text, ct);
                    uncached.Add((hashes[i], done[i]!));
                    embedded++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    failed++;
                    logger.LogWarning("Item {Id} could not be embedded ({Error}); skipped", item.Id, ex.GetType().Name);
                }
                Report(SemanticState.Embedding);
                if (clock.Elapsed - lastCached >= CacheEvery)
                {
                    await CacheAsync(uncached, modelId);
                    lastCached = clock.Elapsed;
                }
                if (partials && clock.Elapsed - lastWrite >= TimeSpan.FromSeconds(options.PartialWriteSeconds))
                {
                    Write(target, done);
                    lastWrite = clock.Elapsed;
                }
                if (clock.Elapsed - lastLog >= LogEvery)
                {
                    logger.LogInformation("{Progress}", status.Current);
                    lastLog = clock.Elapsed;
                }
            }
        }
        finally
        {
            await CacheAsync(uncached, modelId); // also when cancelled: what was embedded is kept
        }
        Write(target, done);
        Report(SemanticState.Ready);
        return new EmbeddingPassReport(target.Sequence, total, embedded, fromCache, failed, clock.Elapsed.TotalSeconds);
    }

    private async Task CacheAsync(List<(string, TextEmbedding)> uncached, string modelId)
    {
        await cache.PutManyAsync(uncached, modelId, CancellationToken.None);
        uncached.Clear();
    }

    private void Write(EmbeddingTarget target, TextEmbedding?[] done)
    {
        VectorStoreFiles.Write(vectorsFolder, target.Sequence, embedder.ModelId, embedder.Dimensions, target.Count,
            target.Items.Select((item, i) => (item, done[i])).Where(x => x.Item2 is not null).Select(x => (x.item.Id, x.item.Kind, x.Item2!)));
        status.Written();
    }

    private bool HoldsAnotherModel(long sequence, string modelId)
    {
        try
        {
            return VectorStoreFiles.ReadHeader(vectorsFolder, sequence) is { } header && header.ModelId != modelId;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return false; // a file that cannot be read serves nothing: replace it
        }
    }
}
