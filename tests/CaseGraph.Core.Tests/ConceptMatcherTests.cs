using CaseGraph.Core.Concepts;

namespace CaseGraph.Core.Tests;

public class ConceptMatcherTests
{
    private static readonly Vocabulary Vocabulary = CaseGraph.Tests.Shared.TestCorpus.BuildVocabulary();

    private static List<string> Ids(string text) => Vocabulary.Matcher.Match(text).Select(m => m.ConceptId).ToList();

    [Fact]
    public void Matches_regardless_of_case_and_punctuation()
    {
        Assert.Equal(["buprenorphine-naloxone", "buprenorphine-naloxone", "opioid-use-disorder"], Ids("Started SUBOXONE (bup/nx) for OUD."));
    }

    [Fact]
    public void Folds_plurals_and_prefers_the_longest_multi_word_term()
    {
        // "opioid use disorder" wins over the class "opioids"; "Benzos" and "benzodiazepines" fold to the class.
        Assert.Equal(["opioid-use-disorder", "benzodiazepines", "benzodiazepines"], Ids("History of opioid use disorders; benzos and benzodiazepines."));
    }

    [Fact]
    public void Reports_the_exact_span_of_each_mention()
    {
        const string text = "Takes Xanax nightly and chronic LBP limits walking.";
        var mentions = Vocabulary.Matcher.Match(text);

        Assert.Equal("Xanax", mentions[0].Text);
        Assert.Equal(text.IndexOf("Xanax", StringComparison.Ordinal), mentions[0].Start);
        Assert.Equal("chronic LBP", text[mentions[1].Start..mentions[1].End]);
        Assert.Equal("chronic-low-back-pain", mentions[1].ConceptId);
    }

    [Fact]
    public void Does_not_match_inside_words()
    {
        Assert.Empty(Ids("The taperecorder and bupenstein are not concepts."));
    }
}
