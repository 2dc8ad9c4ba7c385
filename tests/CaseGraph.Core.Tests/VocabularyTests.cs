using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Tests;

public class VocabularyTests
{
    private static Vocabulary Build(string tsv, List<CorpusError> errors) =>
        Vocabulary.Build(VocabularyParser.Parse(tsv, "v.tsv", errors), errors);

    [Fact]
    public void Resolves_brands_abbreviations_and_ids_to_their_concept()
    {
        var errors = new List<CorpusError>();
        var vocabulary = Build(CaseGraph.Tests.Shared.TestCorpus.Vocabulary, errors);

        Assert.Empty(errors);
        Assert.Equal("buprenorphine-naloxone", vocabulary.Resolve("Suboxone")?.Id);
        Assert.Equal("buprenorphine-naloxone", vocabulary.Resolve("bup/nx")?.Id);
        Assert.Equal("opioid-use-disorder", vocabulary.Resolve("OUD")?.Id);
        Assert.Equal("alprazolam", vocabulary.Resolve("alprazolam")?.Id);
        Assert.Equal(ConceptKind.DrugClass, vocabulary.Resolve("benzos")?.Kind);
        Assert.Null(vocabulary.Resolve("unobtainium"));
    }

    [Theory]
    [InlineData("zanax", "alprazolam")]        // a substituted letter
    [InlineData("diluadid", "hydromorphone")]  // neighbours swapped
    [InlineData("gabapentine", "gabapentin")]  // a letter too many
    [InlineData("Neurotin", "gabapentin")]     // a brand, a letter missing
    [InlineData("anxeity", "anxiety")]
    [InlineData("cocane", "cocaine")]          // two edits from codeine
    public void A_likely_misspelling_reads_as_the_one_concept_it_is_close_to(string typed, string expected)
    {
        var vocabulary = Build(Spellings, []);

        Assert.Null(vocabulary.Resolve(typed));
        Assert.Equal(expected, vocabulary.ClosestBySpelling(typed)?.Id);
        Assert.Equal(expected, vocabulary.ResolveAsTyped(typed)?.Id);
    }

    [Fact]
    public void Equally_close_concepts_short_words_and_other_kinds_are_not_guessed()
    {
        var vocabulary = Build(Spellings, []);

        Assert.Null(vocabulary.ClosestBySpelling("unobtainium"));
        Assert.Null(vocabulary.ClosestBySpelling("codaine"));  // one edit from codeine and from cocaine
        Assert.Null(vocabulary.ClosestBySpelling("oxyy"));     // under 5 characters
        Assert.Null(vocabulary.ResolveAsTyped("anxeity", [ConceptKind.Medication]));
        Assert.Equal("anxiety", vocabulary.ResolveAsTyped("anxeity", [ConceptKind.Condition])?.Id);
    }

    private const string Spellings = "id\tkind\tname\tsynonyms\tparents\n" +
        "alprazolam\tmedication\talprazolam\tXanax\t\n" +
        "hydromorphone\tmedication\thydromorphone\tDilaudid\t\n" +
        "gabapentin\tmedication\tgabapentin\tNeurontin\t\n" +
        "codeine\tmedication\tcodeine\t\t\n" +
        "cocaine\tmedication\tcocaine\tcoke\t\n" +
        "anxiety\tcondition\tanxiety\t\t\n";

    [Fact]
    public void Reports_bad_rows_duplicates_clashing_terms_and_unknown_parents()
    {
        var tsv = "id\tkind\tname\tsynonyms\tparents\n" +
                  "a\tmedication\tAlpha\tAl\tnope\n" +
                  "a\tmedication\tAlpha again\t\t\n" +
                  "b\tmedication\tBeta\tal\t\n" +
                  "c\tpotion\tGamma\t\t\n" +
                  "d\tcondition\n";
        var errors = new List<CorpusError>();

        var vocabulary = Build(tsv, errors);

        Assert.Contains(errors, e => e.Line == 2 && e.Reason.Contains("unknown parent"));
        Assert.Contains(errors, e => e.Line == 3 && e.Reason.Contains("duplicate concept id 'a'"));
        Assert.Contains(errors, e => e.Line == 4 && e.Reason.Contains("already a term of 'a'"));
        Assert.Contains(errors, e => e.Line == 5 && e.Reason.Contains("unknown concept kind 'potion'"));
        Assert.Contains(errors, e => e.Line == 6 && e.Reason.Contains("expected 5"));
        Assert.Empty(vocabulary.Find("a")!.Parents);
        Assert.Equal("a", vocabulary.Resolve("AL")?.Id);
    }
}
