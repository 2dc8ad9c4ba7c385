using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

public sealed class VectorStoreTests : IDisposable
{
    private const int Dimensions = 384;
    private const string Model = "test-model";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private VectorStore WriteAndRead(long sequence, List<(string Id, TextEmbedding Embedding)> items, int? totalItems = null)
    {
        VectorStoreFiles.Write(_folder.Path, sequence, Model, Dimensions, totalItems ?? items.Count(i => i.Embedding.Chunks.Count > 0), RandomVectors.WithKinds(items));
        return VectorStoreFiles.Read(_folder.Path, sequence) ?? throw new InvalidOperationException("the file just written is missing");
    }

    [Fact]
    public void A_store_reads_back_its_ids_model_sequence_and_chunk_offsets()
    {
        var items = RandomVectors.Items(1, 50, Dimensions, maxChunks: 3);
        items.Add(("no-text", TextEmbedding.Empty));

        var store = WriteAndRead(7, items);

        Assert.Equal((7L, Model, Dimensions), (store.Sequence, store.ModelId, store.Dimensions));
        Assert.Equal(items.Take(50).Select(i => i.Id), store.Ids);
        Assert.False(store.Contains("no-text"));
        Assert.Equal(items.Sum(i => i.Embedding.Chunks.Count), store.RowCount);
        Assert.Equal(50, store.Search(items[0].Embedding.Chunks[0].Vector, int.MaxValue).Count);
        // Each chunk, searched for with its own vector, comes back first with its own offsets.
        foreach (var (id, chunk) in items.Take(50).SelectMany(i => i.Embedding.Chunks.Select(c => (i.Id, c))))
        {
            var hit = store.Search(chunk.Vector, 1)[0];
            Assert.Equal((id, new TextSpan(chunk.Start, chunk.Length)), (hit.Id, hit.Chunk));
        }
    }

    [Fact]
    public void Quantized_vectors_keep_their_direction()
    {
        var items = RandomVectors.Items(2, 200, Dimensions);
        var store = WriteAndRead(1, items);

        foreach (var (id, embedding) in items)
        {
            var original = embedding.Chunks[0].Vector;
            // The score of a vector against itself is its cosine with its dequantized copy (times that copy's norm).
            var hit = store.Search(original, 1)[0];
            Assert.Equal(id, hit.Id);
            Assert.True(hit.Score > 0.99f, $"cosine {hit.Score}");
            Assert.True(hit.Score < 1.01f, $"cosine {hit.Score}");
        }
    }

    [Fact]
    public void Top_k_is_the_brute_force_ranking_of_the_float_vectors()
    {
        var items = RandomVectors.Items(3, 2000, Dimensions);
        var store = WriteAndRead(1, items);
        var random = new Random(33);

        for (var q = 0; q < 20; q++)
        {
            var query = RandomVectors.Unit(random, Dimensions);
            var exact = items.Select(i => (i.Id, Score: RandomVectors.Dot(query, i.Embedding.Chunks[0].Vector)))
                .OrderByDescending(x => x.Score).ToList();
            var hits = store.Search(query, 10);

            Assert.Equal(10, hits.Count);
            Assert.True(hits.Zip(hits.Skip(1)).All(p => p.First.Score >= p.Second.Score));
            // Int8 error may swap near-ties: every hit scores within a hair of the exact k-th best, and the top ids agree.
            var kth = exact[9].Score;
            Assert.All(hits, h => Assert.True(exact.First(e => e.Id == h.Id).Score >= kth - 0.01f));
            Assert.True(hits.Select(h => h.Id).Intersect(exact.Take(10).Select(e => e.Id)).Count() >= 9);
            Assert.All(hits, h => Assert.Equal(exact.First(e => e.Id == h.Id).Score, h.Score, 0.01f));
        }
    }

    [Fact]
    public void Top_k_is_exactly_the_brute_force_ranking_of_the_dequantized_vectors()
    {
        var items = RandomVectors.Items(12, 2000, Dimensions);
        var store = WriteAndRead(1, items);
        var dequantized = items.Select(i =>
        {
            var quantized = new sbyte[Dimensions];
            var scale = Int8Quantization.Quantize(i.Embedding.Chunks[0].Vector, quantized);
            return (i.Id, Vector: Int8Quantization.Dequantize(quantized, scale));
        }).ToList();
        var random = new Random(34);

        for (var q = 0; q < 20; q++)
        {
            var query = RandomVectors.Unit(random, Dimensions);
            var exact = dequantized.Select(d => (d.Id, Score: RandomVectors.Dot(query, d.Vector))).OrderByDescending(x => x.Score).Take(10).ToList();
            var hits = store.Search(query, 10);
            Assert.Equal(exact.Select(e => e.Id), hits.Select(h => h.Id));
            Assert.All(exact.Zip(hits), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-4f));
        }
    }

    [Fact]
    public void An_item_scores_as_its_best_chunk_and_shows_that_chunk()
    {
        var random = new Random(4);
        var target = RandomVectors.Unit(random, Dimensions);
        var items = RandomVectors.Items(4, 100, Dimensions);
        items.Add(("long-case", new TextEmbedding([
            new EmbeddedChunk(0, 500, RandomVectors.Unit(random, Dimensions)),
            new EmbeddedChunk(450, 600, target),
            new EmbeddedChunk(1000, 300, RandomVectors.Unit(random, Dimensions))])));
        var store = WriteAndRead(1, items);

        var hit = store.Search(target, 3)[0];

        Assert.Equal(("long-case", new TextSpan(450, 600)), (hit.Id, hit.Chunk));
        Assert.Single(store.Search(target, 200), h => h.Id == "long-case");
    }

    [Fact]
    public void A_filter_excludes_every_item_it_does_not_admit()
    {
        var items = RandomVectors.Items(5, 300, Dimensions);
        var store = WriteAndRead(1, items);
        var allowed = items.Where((_, i) => i % 7 == 0).Select(i => i.Id).ToHashSet();
        var query = items[14].Embedding.Chunks[0].Vector; // item-14 is admitted; its neighbours mostly are not

        var hits = store.Search(query, 20, store.Allow(allowed.Append("not-in-store")));

        Assert.Equal(20, hits.Count);
        Assert.All(hits, h => Assert.Contains(h.Id, allowed));
        Assert.Equal("item-14", hits[0].Id);
        Assert.Empty(store.Search(query, 5, store.Allow([])));
        Assert.Throws<ArgumentException>(() => store.Search(query, 5, WriteAndRead(2, items[..10]).Allow(["item-1"])));
    }

    [Fact]
    public void A_half_written_temporary_file_is_never_read_and_a_later_write_removes_it()
    {
        WriteAndRead(3, RandomVectors.Items(6, 10, Dimensions));
        var complete = File.ReadAllBytes(VectorStoreFiles.PathOf(_folder.Path, 3));
        var halfWritten = VectorStoreFiles.PathOf(_folder.Path, 4) + ".tmp";
        File.WriteAllBytes(halfWritten, complete[..(complete.Length / 2)]);

        Assert.Null(VectorStoreFiles.Read(_folder.Path, 4));
        Assert.Equal(3, VectorStoreFiles.Read(_folder.Path, 3)!.Sequence);

        WriteAndRead(5, RandomVectors.Items(6, 10, Dimensions));
        Assert.False(File.Exists(halfWritten));
    }

    [Fact]
    public void A_file_cut_short_is_refused_without_naming_any_id()
    {
        WriteAndRead(3, RandomVectors.Items(7, 10, Dimensions));
        var path = VectorStoreFiles.PathOf(_folder.Path, 3);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);

        var error = Assert.Throws<InvalidDataException>(() => VectorStoreFiles.Read(_folder.Path, 3));
        Assert.DoesNotContain("item-", error.Message);
    }

    [Fact]
    public void A_store_of_another_sequence_is_not_taken_for_this_one()
    {
        WriteAndRead(8, RandomVectors.Items(8, 10, Dimensions));
        WriteAndRead(9, RandomVectors.Items(9, 12, Dimensions));

        Assert.Null(VectorStoreFiles.Read(_folder.Path, 10));
        Assert.Equal((8L, 10), (VectorStoreFiles.Read(_folder.Path, 8)!.Sequence, VectorStoreFiles.Read(_folder.Path, 8)!.Count));
        Assert.Equal((9L, 12), (VectorStoreFiles.Read(_folder.Path, 9)!.Sequence, VectorStoreFiles.Read(_folder.Path, 9)!.Count));

        // A file renamed to another sequence says which run it holds.
        File.Copy(VectorStoreFiles.PathOf(_folder.Path, 8), VectorStoreFiles.PathOf(_folder.Path, 10));
        Assert.Contains("run 8", Assert.Throws<InvalidDataException>(() => VectorStoreFiles.Read(_folder.Path, 10)).Message);
    }

    [Fact]
    public void Writing_a_run_keeps_the_previous_run_and_removes_older_ones()
    {
        foreach (var sequence in new long[] { 1, 2, 3 }) WriteAndRead(sequence, RandomVectors.Items((int)sequence, 5, Dimensions));

        Assert.Null(VectorStoreFiles.Read(_folder.Path, 1));
        Assert.NotNull(VectorStoreFiles.Read(_folder.Path, 2));
        Assert.NotNull(VectorStoreFiles.Read(_folder.Path, 3));
    }

    [Fact]
    public void Writing_refuses_a_repeated_id_and_a_vector_of_other_dimensions_without_naming_the_id()
    {
        var repeated = RandomVectors.Items(10, 3, Dimensions);
        repeated.Add(repeated[1]);
        var error = Assert.Throws<ArgumentException>(() => VectorStoreFiles.Write(_folder.Path, 1, Model, Dimensions, 4, RandomVectors.WithKinds(repeated)));
        Assert.DoesNotContain("item-", error.Message);
        Assert.Throws<ArgumentException>(() => VectorStoreFiles.Write(_folder.Path, 1, Model, Dimensions, 3, RandomVectors.WithKinds(RandomVectors.Items(10, 3, 16))));
        Assert.Null(VectorStoreFiles.Read(_folder.Path, 1));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path));
    }

    [Fact]
    public void A_query_of_other_dimensions_is_refused()
    {
        var store = WriteAndRead(1, RandomVectors.Items(11, 3, Dimensions));
        Assert.Throws<ArgumentException>(() => store.Search(new float[16], 3));
    }

    [Fact]
    public void Each_item_keeps_its_kind_and_a_kind_filter_admits_that_kind_only()
    {
        var items = RandomVectors.Items(13, 90, Dimensions);
        var store = WriteAndRead(1, items);
        var query = items[4].Embedding.Chunks[0].Vector; // item-4 is a recommendation (kinds go case, recommendation, guideline)

        Assert.All(store.Ids.Select((id, ordinal) => (id, ordinal)), x =>
        {
            var expected = RandomVectors.KindAt(int.Parse(x.id["item-".Length..]));
            Assert.Equal(expected, store.KindOf(x.ordinal));
            Assert.True(store.TryGetKind(x.id, out var kind) && kind == expected);
        });
        Assert.False(store.TryGetKind("not-in-store", out _));
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            var hits = store.Search(query, 100, store.Allow(kind));
            Assert.Equal(30, hits.Count);
            Assert.All(hits, h => Assert.True(store.TryGetKind(h.Id, out var k) && k == kind));
            Assert.Same(store.Allow(kind), store.Allow(kind));
        }
        Assert.Equal("item-4", store.Search(query, 1, store.Allow(DocumentKind.Recommendation))[0].Id);
    }

    [Fact]
    public void An_intersection_admits_what_both_filters_admit_and_changes_neither()
    {
        var items = RandomVectors.Items(14, 60, Dimensions);
        var store = WriteAndRead(1, items);
        var even = store.Allow(items.Where((_, i) => i % 2 == 0).Select(i => i.Id));
        var query = items[0].Embedding.Chunks[0].Vector;

        var both = even.Intersect(store.Allow(DocumentKind.Case));

        var expected = items.Where((_, i) => i % 6 == 0).Select(i => i.Id).Order(StringComparer.Ordinal);
        Assert.Equal(expected, store.Search(query, 100, both).Select(h => h.Id).Order(StringComparer.Ordinal));
        Assert.Equal(30, store.Search(query, 100, even).Count);
        Assert.Equal(20, store.Search(query, 100, store.Allow(DocumentKind.Case)).Count);
        Assert.Throws<ArgumentException>(() => even.Intersect(WriteAndRead(2, items[..10]).Allow(DocumentKind.Case)));
    }

    [Fact]
    public void The_vector_of_an_item_is_the_normalized_mean_of_its_chunks()
    {
        var items = RandomVectors.Items(15, 40, Dimensions, maxChunks: 3);
        var store = WriteAndRead(1, items);

        foreach (var (id, embedding) in items)
        {
            var mean = new float[Dimensions];
            foreach (var chunk in embedding.Chunks)
                for (var i = 0; i < Dimensions; i++) mean[i] += chunk.Vector[i];
            var norm = MathF.Sqrt(RandomVectors.Dot(mean, mean));
            var vector = store.VectorOf(id)!;
            Assert.Equal(1f, MathF.Sqrt(RandomVectors.Dot(vector, vector)), 1e-4f);
            Assert.True(RandomVectors.Dot(vector, mean) / norm > 0.99f);
        }
        Assert.Null(store.VectorOf("not-in-store"));
    }

    [Fact]
    public void A_partial_file_names_the_run_total_and_covers_only_what_it_holds()
    {
        var items = RandomVectors.Items(16, 10, Dimensions);

        var partial = WriteAndRead(4, items[..6], totalItems: 10);
        Assert.Equal((4L, 6, 10), (partial.Coverage.Sequence, partial.Coverage.Embedded, partial.Coverage.Total));
        Assert.False(partial.Coverage.IsComplete);
        Assert.Equal(10, partial.TotalItems);

        var complete = WriteAndRead(4, items);
        Assert.True(complete.Coverage.IsComplete);
        Assert.Equal(1.0, complete.Coverage.Share);
        Assert.Throws<ArgumentException>(() => VectorStoreFiles.Write(_folder.Path, 5, Model, Dimensions, 9, RandomVectors.WithKinds(items)));
        Assert.Null(VectorStoreFiles.Read(_folder.Path, 5));
    }

    [Fact]
    public void The_newest_finished_file_at_most_a_sequence_is_found_and_temporary_files_are_not()
    {
        Assert.Null(VectorStoreFiles.NewestAtMost(Path.Combine(_folder.Path, "missing"), 5));
        WriteAndRead(4, RandomVectors.Items(17, 5, Dimensions));
        WriteAndRead(5, RandomVectors.Items(17, 5, Dimensions));
        File.WriteAllBytes(VectorStoreFiles.PathOf(_folder.Path, 6) + ".tmp", [1, 2, 3]);

        Assert.Null(VectorStoreFiles.NewestAtMost(_folder.Path, 3));
        Assert.Equal(4, VectorStoreFiles.NewestAtMost(_folder.Path, 4));
        Assert.Equal(5, VectorStoreFiles.NewestAtMost(_folder.Path, 5));
        Assert.Equal(5, VectorStoreFiles.NewestAtMost(_folder.Path, 9));
    }

    [Fact]
    public void A_file_of_the_previous_format_is_refused_with_its_reason()
    {
        WriteAndRead(3, RandomVectors.Items(18, 5, Dimensions));
        var path = VectorStoreFiles.PathOf(_folder.Path, 3);
        var bytes = File.ReadAllBytes(path);
        "CGVECT01"u8.CopyTo(bytes);
        File.WriteAllBytes(path, bytes);

        Assert.Contains("another format version", Assert.Throws<InvalidDataException>(() => VectorStoreFiles.Read(_folder.Path, 3)).Message);
    }
}
