using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class SpellingAndSuggestTests
{
    private const string Tsv = """
        id	kind	name	synonyms	parents
        opioids	drug-class	opioids	opiates	
        buprenorphine	medication	buprenorphine	Subutex|bupe	opioids
        buprenorphine-naloxone	medication	buprenorphine-naloxone	Suboxone|bup/nx	buprenorphine
        bupropion	medication	bupropion	Wellbutrin	
        butalbital	medication	butalbital-acetaminophen-caffeine	Bupap|Fioricet	
        oxycodone	medication	oxycodone	Roxicodone|roxies	opioids
        oxycodone-acetaminophen	medication	oxycodone-acetaminophen	Percocet|Endocet|percs	oxycodone
        naloxone	medication	naloxone	Narcan	
        fentanyl	medication	fentanyl	Sublimaze|fent	opioids
        opioid-use-disorder	condition	opioid use disorder	OUD	
        """;

    private static readonly Vocabulary Vocabulary = Build();

    private static Vocabulary Build()
    {
        var errors = new List<CorpusError>();
        var vocabulary = Vocabulary.Build(VocabularyParser.Parse(Tsv, "v.tsv", errors), errors);
        Assert.Empty(errors);
        return vocabulary;
    }

    // Documents naming each concept, as an index would count them: the combination is named more often than the generic.
    private static readonly Dictionary<string, int> Named = new()
        { ["buprenorphine"] = 40, ["buprenorphine-naloxone"] = 60, ["bupropion"] = 50, ["butalbital"] = 90, ["oxycodone"] = 70, ["oxycodone-acetaminophen"] = 5 };

    private static IReadOnlyDictionary<string, int> Weights => ConceptLabels.WithNarrower(Vocabulary, Named);

    [Theory]
    [InlineData("bupenorphine", "buprenorphine", "buprenorphine")]
    [InlineData("suboxon", "Suboxone", "buprenorphine-naloxone")]
    [InlineData("naloxon", "naloxone", "naloxone")]
    [InlineData("fentanil", "fentanyl", "fentanyl")]
    [InlineData("Bupenorphine", "buprenorphine", "buprenorphine")]
    public void Corrects_a_misspelt_word_to_the_vocabulary_term_it_is_close_to(string typed, string suggested, string concept)
    {
        var found = SpellingSuggester.Correct(typed, Vocabulary, Weights, near: []);
        Assert.Equal((suggested, concept), found);
    }

    [Fact]
    public void A_vocabulary_term_wins_over_a_closer_or_more_frequent_index_word()
    {
        var found = SpellingSuggester.Correct("naloxon", Vocabulary, Weights, near: [new IndexWord("naloxo", 500)]);
        Assert.Equal(("naloxone", "naloxone"), found);
    }

    [Fact]
    public void Without_a_vocabulary_term_the_closest_index_word_then_the_most_frequent_wins()
    {
        IndexWord[] near = [new("sedatio", 3), new("sedation", 40), new("sedating", 9), new("sedatin", 8)];
        Assert.Equal(("sedation", null), SpellingSuggester.Correct("sedaton", Vocabulary, Weights, near));
        Assert.Equal(("sedatin", null), SpellingSuggester.Correct("sedatn", Vocabulary, Weights, near)); // one edit beats two
    }

    [Fact]
    public void An_index_word_one_document_holds_is_never_offered()
    {
        Assert.Null(SpellingSuggester.Correct("kowalsky", Vocabulary, Weights, near: [new IndexWord("kowalski", 1)]));
        Assert.Null(SpellingSuggester.Correct("sedaton", Vocabulary, Weights, near: [new IndexWord("sed4tion", 9)]));
    }

    [Theory]
    [InlineData("zzzzzzz")]
    [InlineData("buprenorphine")] // itself: nothing to correct
    public void Offers_nothing_that_is_not_a_correction(string typed) => Assert.Null(SpellingSuggester.Correct(typed, Vocabulary, Weights, near: []));

    [Fact]
    public void Candidates_are_long_words_of_letters_outside_the_concepts_named()
    {
        var words = SpellingSuggester.Candidates("bupenorphine for OUD with Suboxone at 16mg, mg2x, fentanil", Vocabulary)
            .Select(t => t.Normal).ToList();
        Assert.Equal(["bupenorphine", "fentanil"], words);
    }

    [Fact]
    public void The_suggested_query_keeps_the_other_words_in_place()
    {
        const string text = "bupenorphine and naloxon dosing";
        var suggestion = SpellingSuggester.Compose(text, [new SpellingCorrection(17, 24, "naloxone", "naloxone"),
            new SpellingCorrection(0, 12, "buprenorphine", "buprenorphine")]);
        Assert.Equal("buprenorphine and naloxone dosing", suggestion?.Query);
        Assert.Null(SpellingSuggester.Compose(text, []));
    }

    [Fact]
    public void A_concept_weighs_its_own_documents_and_those_of_the_concepts_below_it()
    {
        Assert.Equal(100, Weights["buprenorphine"]);   // 40 + buprenorphine-naloxone's 60
        Assert.Equal(60, Weights["buprenorphine-naloxone"]);
        Assert.Equal(175, Weights["opioids"]);         // buprenorphine 100 + oxycodone 75
    }

    [Fact]
    public void Autocomplete_puts_names_first_by_weight_then_brands()
    {
        var suggested = Vocabulary.Suggest("bup", 10, Weights).Select(s => s.Concept.Id).ToList();
        // names starting with "bup", heaviest first (bupropion 50 < buprenorphine 100), then Bupap, a brand, though its concept weighs 90
        Assert.Equal(["buprenorphine", "buprenorphine-naloxone", "bupropion", "butalbital"], suggested);
    }

    [Theory]
    [InlineData("Perc", "Percocet (oxycodone-acetaminophen)", "Percocet")]
    [InlineData("percs", "Percocet (oxycodone-acetaminophen)", "Percocet")] // slang typed whole still shows the brand
    [InlineData("Subox", "Suboxone (buprenorphine-naloxone)", "Suboxone")]
    [InlineData("roxies", "oxycodone", "roxies")]                              // slang alone: the preferred name is the label
    [InlineData("OUD", "opioid use disorder", "OUD")]
    [InlineData("oxy", "oxycodone", "oxycodone")]
    public void Autocomplete_labels_a_brand_with_its_generic_and_never_labels_by_slang(string typed, string label, string term)
    {
        var first = Vocabulary.Suggest(typed, 5, Weights)[0];
        Assert.Equal((label, term), (first.Label, first.Term));
    }

    [Theory]
    [InlineData("Percocet", true)]
    [InlineData("percs", false)]
    [InlineData("OUD", false)]
    [InlineData("bup/nx", false)]
    public void Brands_are_capitalised_medication_synonyms(string term, bool brand)
    {
        var concept = Vocabulary.Resolve(term)!;
        Assert.Equal(brand, ConceptLabels.IsBrand(concept, term));
    }
}
