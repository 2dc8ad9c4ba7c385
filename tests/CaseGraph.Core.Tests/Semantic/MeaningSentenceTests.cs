using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Tests.Semantic;

public class MeaningSentenceTests
{
    private const string Text = "Opioid tapering.\nReduce the dose by 10% per month. Pause the taper when withdrawal is severe. Offer buprenorphine.";

    private static TextSpan Whole => new(0, Text.Length);

    [Fact]
    public void The_sentence_sharing_most_words_with_the_question_is_shown()
    {
        Assert.Equal("Pause the taper when withdrawal is severe.", MeaningSentence.Pick(Text, Whole, "what if withdrawal gets severe during a taper"));
    }

    [Fact]
    public void Without_shared_words_the_chunks_first_sentence_is_shown()
    {
        var second = Text.IndexOf("Reduce", StringComparison.Ordinal);
        Assert.Equal("Reduce the dose by 10% per month.", MeaningSentence.Pick(Text, new TextSpan(second, Text.Length - second), "how slowly to wean him off"));
    }

    [Fact]
    public void Only_sentences_of_the_matching_chunk_are_candidates()
    {
        var first = new TextSpan(0, Text.IndexOf("Pause", StringComparison.Ordinal));
        Assert.DoesNotContain("Pause", MeaningSentence.Pick(Text, first, "withdrawal severe pause")!);
    }

    [Fact]
    public void A_chunk_outside_the_text_shows_nothing_and_a_long_sentence_is_cut()
    {
        Assert.Null(MeaningSentence.Pick(Text, new TextSpan(Text.Length - 5, 50), "taper"));
        var longText = string.Join(" ", Enumerable.Repeat("word", 200)) + ".";
        var shown = MeaningSentence.Pick(longText, new TextSpan(0, longText.Length), "word")!;
        Assert.True(shown.Length <= MeaningSentence.MaxLength + 1);
        Assert.EndsWith("…", shown);
    }
}
