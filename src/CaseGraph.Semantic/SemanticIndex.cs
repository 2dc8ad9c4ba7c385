using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic;

/// <summary>
/// The read side of the vectors: the newest vector file at most the lexical commit being served, published as one
/// immutable <see cref="VectorStore"/> behind a volatile reference and re-read when the worker rewrites it (a partial
/// file grows while embeddings fill in). Vectors of another model are never read against this model's queries: until
/// the worker has re-embedded, meaning sits out. <see cref="Pin"/> for each request.
/// </summary>
public sealed class SemanticIndex(string folder, ITextEmbedder embedder)
{
    /// <summary>A file as last seen: which sequence, when written and how long, and the store read from it (null when it was refused).</summary>
    private sealed record Seen(long Sequence, DateTime WrittenAt, long Length, VectorStore? Store);

    private readonly Lock _refreshing = new();
    private volatile Seen? _seen;

    /// <summary>Why the last file seen was not read (another model's vectors, a damaged file), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>How much of the archive the vectors being read cover (<see cref="SemanticCoverage.None"/> before any).</summary>
    public SemanticCoverage Coverage => _seen?.Store?.Coverage ?? SemanticCoverage.None;

    /// <summary>Picks up the newest vector file at most <paramref name="committedSequence"/>; cheap when it has not changed.</summary>
    public void Refresh(long committedSequence)
    {
        lock (_refreshing)
        {
            if (VectorStoreFiles.NewestAtMost(folder, committedSequence) is not { } sequence)
            {
                _seen = null;
                return;
            }
            var file = new FileInfo(VectorStoreFiles.PathOf(folder, sequence));
            if (!file.Exists) return; // pruned between the listing and now: the next refresh finds the newer one
            var before = _seen;
            if (before is not null && before.Sequence == sequence && before.WrittenAt == file.LastWriteTimeUtc && before.Length == file.Length) return;
            _seen = new Seen(sequence, file.LastWriteTimeUtc, file.Length, Read(sequence));
        }
    }

    private VectorStore? Read(long sequence)
    {
        try
        {
            var store = VectorStoreFiles.Read(folder, sequence);
            if (store is not null && store.ModelId != embedder.ModelId)
            {
                Problem = $"the vectors of run {sequence} were made by another model; meaning sits out until they are embedded again";
                return null;
            }
            Problem = null;
            return store;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Problem = ex.Message;
            return _seen?.Store; // keep serving what was read before
        }
    }

    /// <summary>The vectors to read beside a lexical commit: never a newer run's than the commit's own.</summary>
    public ISemanticView Pin(long lexicalSequence) =>
        _seen?.Store is { } store && store.Sequence <= lexicalSequence && store.Count > 0 ? new SemanticView(store, embedder) : NoSemanticView.Instance;
}

/// <summary>One store read for one request: questions embedded with the model's query form, filters as bitmaps.</summary>
internal sealed class SemanticView(VectorStore store, ITextEmbedder embedder) : ISemanticView
{
    public SemanticCoverage Coverage => store.Coverage;

    public IReadOnlyList<SemanticHit> Search(string question, DocumentKind? kind, IReadOnlyCollection<string>? allowedIds, int limit, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var filter = kind is { } k ? store.Allow(k) : null;
        if (allowedIds is not null) filter = filter is null ? store.Allow(allowedIds) : filter.Intersect(store.Allow(allowedIds));
        return Hits(store.Search(embedder.EmbedQuery(question, ct), limit, filter));
    }

    public IReadOnlyList<SemanticHit> SimilarTo(string id, DocumentKind kind, int limit, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (store.VectorOf(id) is not { } vector) return [];
        return Hits(store.Search(vector, limit + 1, store.Allow(kind)).Where(h => h.Id != id).Take(limit));
    }

    private static List<SemanticHit> Hits(IEnumerable<VectorHit> hits) => [.. hits.Select(h => new SemanticHit(h.Id, h.Score, h.Chunk))];
}
