using System.Security.Cryptography;
using System.Text;
using CaseGraph.Core.Semantic;
using CaseGraph.Graph.Sqlite;

namespace CaseGraph.Semantic;

/// <summary>
/// Embeddings already computed, keyed by the SHA-256 of the embedded text and the model id (SQLite under the indexes
/// folder, e.g. <c>indexes/embeddings.db</c>): an unchanged text is never embedded twice, also across restarts, and a
/// text embedded by another model is a miss. It holds vectors (fp16) and chunk offsets, never text.
/// </summary>
public sealed class EmbeddingCache(string path)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS embeddings (content_hash TEXT NOT NULL, model_id TEXT NOT NULL, chunks BLOB NOT NULL,
            PRIMARY KEY (content_hash, model_id)) WITHOUT ROWID;
        """;

    public string FilePath { get; } = path;

    public async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        await db.ExecuteAsync(Schema, ct);
    }

    public static string HashOf(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public async Task<TextEmbedding?> GetAsync(string contentHash, string modelId, int dimensions, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        await using var command = db.Command("SELECT chunks FROM embeddings WHERE content_hash = $hash AND model_id = $model", null,
            ("$hash", contentHash), ("$model", modelId));
        return await command.ExecuteScalarAsync(ct) is byte[] blob ? EmbeddingBlob.Decode(blob, dimensions) : null;
    }

    /// <summary>The cached embeddings of many texts through one connection, by content hash (hashes not cached are absent).</summary>
    public async Task<IReadOnlyDictionary<string, TextEmbedding>> GetManyAsync(IEnumerable<string> contentHashes, string modelId, int dimensions,
        CancellationToken ct)
    {
        var found = new Dictionary<string, TextEmbedding>(StringComparer.Ordinal);
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        await using var command = db.Command("SELECT chunks FROM embeddings WHERE content_hash = $hash AND model_id = $model", null,
            ("$hash", ""), ("$model", modelId));
        foreach (var hash in contentHashes.Distinct(StringComparer.Ordinal))
        {
            command.Parameters["$hash"].Value = hash;
            if (await command.ExecuteScalarAsync(ct) is byte[] blob && EmbeddingBlob.Decode(blob, dimensions) is { } embedding) found[hash] = embedding;
        }
        return found;
    }

    public async Task PutAsync(string contentHash, string modelId, TextEmbedding embedding, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        await db.ExecuteAsync("INSERT OR REPLACE INTO embeddings (content_hash, model_id, chunks) VALUES ($hash, $model, $chunks)", ct, null,
            ("$hash", contentHash), ("$model", modelId), ("$chunks", EmbeddingBlob.Encode(embedding)));
    }

    /// <summary>Stores many embeddings in one transaction (one flush to disk for all of them).</summary>
    public async Task PutManyAsync(IReadOnlyCollection<(string ContentHash, TextEmbedding Embedding)> entries, string modelId, CancellationToken ct)
    {
        if (entries.Count == 0) return;
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        await using var transaction = db.BeginTransaction();
        await using var command = db.Command("INSERT OR REPLACE INTO embeddings (content_hash, model_id, chunks) VALUES ($hash, $model, $chunks)",
            transaction, ("$hash", ""), ("$model", modelId), ("$chunks", Array.Empty<byte>()));
        foreach (var (hash, embedding) in entries)
        {
            command.Parameters["$hash"].Value = hash;
            command.Parameters["$chunks"].Value = EmbeddingBlob.Encode(embedding);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    /// <summary>Forgets what other models embedded (after a model change has re-embedded everything); returns how many rows went.</summary>
    public async Task<int> RemoveOtherModelsAsync(string modelId, CancellationToken ct)
    {
        await using var db = await SqliteDatabase.OpenAsync(FilePath, ct);
        return await db.ExecuteAsync("DELETE FROM embeddings WHERE model_id <> $model", ct, null, ("$model", modelId));
    }
}

/// <summary>
/// Embeds documents through the cache: a text seen before under the same model comes from the cache, any other is
/// embedded by the model and remembered.
/// </summary>
public sealed class CachingEmbedder(ITextEmbedder model, EmbeddingCache cache)
{
    public ITextEmbedder Model => model;

    public async Task<TextEmbedding> EmbedAsync(string text, CancellationToken ct)
    {
        var hash = EmbeddingCache.HashOf(text);
        if (await cache.GetAsync(hash, model.ModelId, model.Dimensions, ct) is { } cached) return cached;
        var embedding = model.Embed(text, ct);
        await cache.PutAsync(hash, model.ModelId, embedding, ct);
        return embedding;
    }
}
