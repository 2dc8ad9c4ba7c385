using CaseGraph.Core.Model;
using CaseGraph.Core.Semantic;

namespace CaseGraph.Semantic.Tests;

[Collection(ArcticXsCollection.Name)]
public sealed class ArcticXsEmbedderTests(ArcticXsModel model)
{
    private readonly ArcticXsEmbedder _embedder = model.Embedder;

    // (question as typed, a passage that means the same in other words, an unrelated passage)
    public static TheoryData<string, string, string> Paraphrases => new()
    {
        { "how do I slowly come off my pain pills", "A gradual opioid taper reduced the daily oxycodone dose over several months.",
          "Hepatitis C antibody screening was negative and liver enzymes were normal." },
        { "medicine to reverse an overdose at home", "The family was given a naloxone nasal spray kit and shown how to use it.",
          "Physical therapy twice a week improved knee range of motion." },
        { "can't sleep because of worry", "He reports insomnia driven by anxiety most nights.",
          "Buprenorphine-naloxone 16 mg daily was continued without changes." },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public void A_paraphrase_ranks_above_an_unrelated_text_with_and_without_the_query_prefix(string question, string paraphrase, string unrelated)
    {
        var close = _embedder.Embed(paraphrase).Chunks.Single().Vector;
        var far = _embedder.Embed(unrelated).Chunks.Single().Vector;
        foreach (var prefix in new[] { true, false })
        {
            var query = _embedder.EmbedQuery(question, prefix);
            Assert.True(RandomVectors.Dot(query, close) > RandomVectors.Dot(query, far), $"prefix {prefix}");
        }
    }

    [Fact]
    public void Vectors_are_normalized_and_a_short_text_is_one_chunk_of_its_trimmed_self()
    {
        const string text = "  Chronic low back pain, on tramadol 50 mg twice daily.  ";
        var chunk = _embedder.Embed(text).Chunks.Single();

        Assert.Equal(text.Trim(), text.Substring(chunk.Start, chunk.Length));
        Assert.Equal(384, chunk.Vector.Length);
        Assert.Equal(1f, MathF.Sqrt(RandomVectors.Dot(chunk.Vector, chunk.Vector)), 3);
        Assert.Equal(1f, MathF.Sqrt(RandomVectors.Dot(_embedder.EmbedQuery(text), _embedder.EmbedQuery(text))), 3);
        Assert.Empty(_embedder.Embed("   ").Chunks);
    }

    [Fact]
    public void A_3000_word_text_is_chunked_on_sentences_within_the_window_and_its_best_chunk_holds_the_sentence_that_matched()
    {
        var (text, needle) = LongCase.Build(words: 3000);
        var sentences = TextChunker.Sentences(text);

        var embedding = _embedder.Embed(text);

        var chunks = embedding.Chunks;
        Assert.InRange(chunks.Count, 6, 40);
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(text.Length, chunks[^1].Start + chunks[^1].Length);
        Assert.All(chunks, c => Assert.Contains(sentences, s => s.Start == c.Start));
        Assert.All(chunks, c => Assert.Contains(sentences, s => s.End == c.Start + c.Length));
        Assert.All(chunks, c => Assert.InRange(_embedder.CountTokens(text.Substring(c.Start, c.Length)), 1, ArcticXsEmbedder.DefaultChunkTokens));
        Assert.True(chunks.Zip(chunks.Skip(1)).All(p => p.Second.Start <= p.First.Start + p.First.Length), "no gap between chunks");

        using var folder = new TempFolder();
        var others = new[] { "Knee osteoarthritis managed with weight loss and exercise.", "Migraine without aura, on topiramate." };
        VectorStoreFiles.Write(folder.Path, 1, _embedder.ModelId, _embedder.Dimensions, 1 + others.Length,
            [("long-case", DocumentKind.Case, embedding), .. others.Select((t, i) => ($"short-{i}", DocumentKind.Case, _embedder.Embed(t)))]);
        var hits = VectorStoreFiles.Read(folder.Path, 1)!.Search(_embedder.EmbedQuery("was naloxone given to the family"), 3);
        var hit = hits[0];

        Assert.True("long-case" == hit.Id, string.Join("; ", hits.Select(h => $"{h.Id} {h.Score} {h.Chunk}")) + " chunks " + chunks.Count);
        Assert.Contains(needle, text.Substring(hit.Chunk.Start, hit.Chunk.Length));
    }

    [Fact]
    public void A_pasted_500_word_question_longer_than_the_window_gives_one_normalized_vector()
    {
        var (text, _) = LongCase.Build(words: 500);
        var vector = _embedder.EmbedQuery(text);
        Assert.Equal(1f, MathF.Sqrt(RandomVectors.Dot(vector, vector)), 3);
        Assert.True(RandomVectors.Dot(vector, _embedder.EmbedQuery(text)) > 0.9999f, "the same question embeds alike");
    }

    [Fact]
    public void One_shared_instance_embeds_concurrently_as_it_does_one_at_a_time()
    {
        var texts = Paraphrases.SelectMany(row => row.Cast<string>()).ToArray();
        var sequential = texts.Select(t => _embedder.Embed(t).Chunks.Single().Vector).ToArray();

        var concurrent = new float[texts.Length][];
        Parallel.For(0, texts.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => concurrent[i % texts.Length] = _embedder.Embed(texts[i % texts.Length]).Chunks.Single().Vector);

        Assert.All(sequential.Zip(concurrent), p => Assert.True(RandomVectors.Dot(p.First, p.Second) > 0.99999f));
    }

    [Fact]
    public void The_model_id_names_the_model_and_its_package_build()
    {
        Assert.StartsWith("snowflake-arctic-embed-xs/24.9.", _embedder.ModelId);
        Assert.Equal(384, _embedder.Dimensions);
    }
}

/// <summary>A long, fictional case text of varied sentences with one sentence that stands out.</summary>
public static class LongCase
{
    public const string Needle = "A naloxone nasal spray kit was given to the family at the last visit.";

    private static readonly string[] Subjects = ["The patient", "She", "He", "The spoke clinician", "The care team"];
    private static readonly string[] Verbs = ["reports", "describes", "notes", "reviewed", "discussed"];
    private static readonly string[] Topics =
    [
        "knee pain that worsens after long walks", "physical therapy exercises done at home", "a diet with more vegetables",
        "sleep that improved with a regular bedtime", "work hours that were reduced last season", "mild swelling of the left ankle",
        "a new pair of supportive shoes", "stretching before gardening", "blood pressure readings within range",
        "weekly swimming at the community pool", "stiffness in the morning that eases by noon", "a plan to return to cycling",
    ];

    public static (string Text, string Needle) Build(int words)
    {
        var random = new Random(words);
        var sentences = new List<string>();
        var count = 0;
        while (count < words)
        {
            var sentence = $"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} {Topics[random.Next(Topics.Length)]}"
                + $" during week {sentences.Count + 1}.";
            sentences.Add(sentence);
            count += sentence.Split(' ').Length;
        }
        sentences.Insert(sentences.Count / 2, Needle);
        return (string.Join(" ", sentences), Needle);
    }
}
