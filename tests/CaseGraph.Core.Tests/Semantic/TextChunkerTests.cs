using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Tests.Semantic;

public class TextChunkerTests
{
    // One token per word: enough to test the packing without a model.
    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Of(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Sentences_end_at_terminal_punctuation_before_white_space_and_at_line_breaks()
    {
        const string text = "  Tapered oxycodone to 10 mg. Pain 4/10!\nUDS 3.5 ng ok? Next  ";
        var sentences = TextChunker.Sentences(text).Select(s => Of(text, s)).ToList();
        Assert.Equal(["Tapered oxycodone to 10 mg.", "Pain 4/10!", "UDS 3.5 ng ok?", "Next"], sentences);
    }

    [Fact]
    public void A_text_that_fits_is_one_chunk_of_all_its_sentences()
    {
        const string text = "One two three. Four five.";
        var chunk = Assert.Single(TextChunker.Chunk(text, Words, 10));
        Assert.Equal(text, Of(text, chunk));
    }

    [Fact]
    public void Chunks_fit_the_window_start_and_end_on_sentences_cover_the_text_and_overlap_by_one_short_sentence()
    {
        var text = string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Sentence {i} has exactly six words."));
        var sentences = TextChunker.Sentences(text);
        var chunks = TextChunker.Chunk(text, Words, 30);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.True(Words(Of(text, c)) <= 30));
        Assert.All(chunks, c => Assert.Contains(sentences, s => s.Start == c.Start));
        Assert.All(chunks, c => Assert.Contains(sentences, s => s.End == c.End));
        Assert.Equal(0, chunks[0].Start);
        Assert.Equal(text.Length, chunks[^1].End);
        for (var i = 1; i < chunks.Count; i++)
        {
            var overlap = chunks[i - 1].End - chunks[i].Start;
            Assert.True(overlap > 0, "consecutive chunks share a sentence");
            Assert.Equal(sentences.First(s => s.Start == chunks[i].Start).Length, overlap);
        }
    }

    [Fact]
    public void A_sentence_longer_than_the_window_is_cut_between_words()
    {
        var text = string.Join(" ", Enumerable.Range(1, 25).Select(i => $"w{i}")) + ".";
        var chunks = TextChunker.Chunk(text, Words, 10);

        Assert.Equal(3, chunks.Count);
        Assert.All(chunks, c => Assert.True(Words(Of(text, c)) <= 10));
        Assert.Equal(text.Split(' '), chunks.SelectMany(c => Of(text, c).Split(' ')));
    }

    [Fact]
    public void An_empty_or_blank_text_has_no_chunks()
    {
        Assert.Empty(TextChunker.Chunk("", Words, 10));
        Assert.Empty(TextChunker.Chunk(" \n\t ", Words, 10));
    }
}
