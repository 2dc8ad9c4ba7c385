using CaseGraph.Core.Privacy;

namespace CaseGraph.Core.Tests;

/// <summary>The learned name tagger's plumbing, with weights set by hand: words, their features, and how words the
/// model takes for names join into findings. (What the trained model finds: CaseGraph.Indexing.Tests.NameTaggerModelTests.)</summary>
public class NameTaggerTests
{
    private static readonly PhiLexicon Lexicon = PhiLexicon.Of(["Anna"], ["Kowalska"], ["Street"], ["Oregon"], ["oxycodone"], ["Lagos"]);

    [Fact]
    public void Words_keep_their_apostrophes_and_hyphens_and_numbers_are_tokens_of_their_own()
    {
        const string text = "O'Neill-Smith, 42F — seen 3x by Dr. Ó Briain";
        var words = NameTokenFeatures.Tokens(text).Select(t => (text[t.Start..t.End], t.IsNumber));

        Assert.Equal([("O'Neill-Smith", false), ("42F", true), ("seen", false), ("3x", true), ("by", false), ("Dr", false), ("Ó", false), ("Briain", false)], words);
    }

    [Fact]
    public void A_words_features_are_the_same_on_every_call_and_fit_the_weights()
    {
        const string text = "Her niece Anna Kowalska rang from Lagos about oxycodone.";
        var first = FeaturesOf(text, "Anna");
        var again = FeaturesOf(text, "Anna");

        Assert.Equal(first, again);
        Assert.All(first, f => Assert.InRange(f, 0, NameTokenFeatures.Dimension - 1));
        Assert.NotEqual(first, FeaturesOf(text, "Kowalska"));
    }

    [Fact]
    public void Names_beside_each_other_make_one_finding_and_punctuation_parts_them()
    {
        var tagger = TaggerFor("Her niece Anna Kowalska rang.", "Anna", "Kowalska");

        Assert.Equal(["Anna Kowalska"], Found(tagger, "Her niece Anna Kowalska rang."));
        Assert.Equal(["Anna", "Kowalska"], Found(tagger, "Her niece Anna, Kowalska rang."));
        Assert.Empty(Found(tagger, "Her niece rang."));
    }

    [Fact]
    public void A_lower_case_dictionary_word_that_is_no_name_is_never_weighed()
    {
        var infos = NameTokenFeatures.Describe("pain with Anna and okafor", NameTokenFeatures.Tokens("pain with Anna and okafor"), Lexicon);

        Assert.Equal([false, false, true, false, true], infos.Select(i => NameTokenFeatures.CouldBeName(i)));
    }

    [Fact]
    public void Weights_of_another_size_or_a_probability_outside_0_and_1_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new NameTagger(new float[10], 0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NameTagger(new float[NameTokenFeatures.Dimension], 0, 1.0));
    }

    private static List<int> FeaturesOf(string text, string word)
    {
        var tokens = NameTokenFeatures.Tokens(text);
        var infos = NameTokenFeatures.Describe(text, tokens, Lexicon);
        var features = new List<int>();
        NameTokenFeatures.Extract(infos, tokens.FindIndex(t => text[t.Start..t.End] == word), features);
        return features;
    }

    /// <summary>A tagger whose only evidence is the word itself (the first feature): the given words are names, all else is not.</summary>
    private static NameTagger TaggerFor(string text, params string[] names)
    {
        var weights = new float[NameTokenFeatures.Dimension];
        foreach (var name in names) weights[FeaturesOf(text, name)[0]] = 20;
        return new NameTagger(weights, -10, 0.5);
    }

    private static List<string> Found(NameTagger tagger, string text) => [.. tagger.Find(text, Lexicon).Select(f => text[f.Start..f.End])];
}
