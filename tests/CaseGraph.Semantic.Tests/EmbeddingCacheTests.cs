using System.Text;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

[Collection(ArcticXsCollection.Name)]
public sealed class EmbeddingCacheTests(ArcticXsModel model) : IDisposable
{
    private const string CaseText = "Fictional case: chronic neck pain after a fall, on hydrocodone 10 mg three times daily, asking about a taper.";
    private readonly TempFolder _folder = new();
    private string DatabasePath => Path.Combine(_folder.Path, "embeddings.db");

    public void Dispose() => _folder.Dispose();

    private async Task<EmbeddingCache> OpenCacheAsync()
    {
        var cache = new EmbeddingCache(DatabasePath);
        await cache.InitializeAsync(CancellationToken.None);
        return cache;
    }

    [Fact]
    public async Task The_same_content_is_embedded_once_also_after_a_restart()
    {
        var counting = new CountingEmbedder(model.Embedder);
        var first = await new CachingEmbedder(counting, await OpenCacheAsync()).EmbedAsync(CaseText, CancellationToken.None);
        var again = await new CachingEmbedder(counting, await OpenCacheAsync()).EmbedAsync(CaseText, CancellationToken.None);

        Assert.Equal(1, counting.Documents);
        var (a, b) = (first.Chunks.Single(), again.Chunks.Single());
        Assert.Equal((a.Start, a.Length), (b.Start, b.Length));
        Assert.True(RandomVectors.Dot(a.Vector, b.Vector) > 0.9999f, "fp16 keeps the vector");

        await new CachingEmbedder(counting, await OpenCacheAsync()).EmbedAsync(CaseText + " Update: taper started.", CancellationToken.None);
        Assert.Equal(2, counting.Documents);
    }

    [Fact]
    public async Task Another_model_misses_the_cache_and_its_entries_can_be_dropped_later()
    {
        var cache = await OpenCacheAsync();
        var oldModel = new CountingEmbedder(model.Embedder, "older-model");
        var newModel = new CountingEmbedder(model.Embedder);

        await new CachingEmbedder(oldModel, cache).EmbedAsync(CaseText, CancellationToken.None);
        await new CachingEmbedder(newModel, cache).EmbedAsync(CaseText, CancellationToken.None);
        await new CachingEmbedder(newModel, cache).EmbedAsync(CaseText, CancellationToken.None);

        Assert.Equal((1, 1), (oldModel.Documents, newModel.Documents));
        Assert.Equal(1, await cache.RemoveOtherModelsAsync(newModel.ModelId, CancellationToken.None));
        await new CachingEmbedder(oldModel, cache).EmbedAsync(CaseText, CancellationToken.None);
        Assert.Equal(2, oldModel.Documents);
    }

    [Fact]
    public async Task The_cache_file_holds_vectors_and_offsets_but_no_text()
    {
        var cache = await OpenCacheAsync();
        await new CachingEmbedder(model.Embedder, cache).EmbedAsync(CaseText, CancellationToken.None);

        var stored = string.Concat(Directory.EnumerateFiles(_folder.Path).Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            return reader.ReadToEnd();
        }));
        Assert.DoesNotContain("hydrocodone", stored);
        Assert.DoesNotContain("neck pain", stored);
        Assert.Contains(EmbeddingCache.HashOf(CaseText), stored);
    }

    [Fact]
    public async Task An_entry_of_other_dimensions_is_a_miss_not_an_error()
    {
        var cache = await OpenCacheAsync();
        var hash = EmbeddingCache.HashOf(CaseText);
        await cache.PutAsync(hash, "some-model", new TextEmbedding([new EmbeddedChunk(0, 5, new float[16])]), CancellationToken.None);

        Assert.Null(await cache.GetAsync(hash, "some-model", 384, CancellationToken.None));
        Assert.NotNull(await cache.GetAsync(hash, "some-model", 16, CancellationToken.None));
    }
}
