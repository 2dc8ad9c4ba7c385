using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Search;

namespace CaseGraph.Core.Tests;

public class QueryReaderTests
{
    // As the bundled vocabulary writes them: two tapers, one opioid and one benzodiazepine, and a class tree above oxycodone.
    private const string Tsv = """
        id	kind	name	synonyms	parents
        cns-depressants	drug-class	CNS depressants	sedating medications	
        opioids	drug-class	opioids	opiates|narcotics	cns-depressants
        opioid-full-agonists	drug-class	opioid full agonists	full opioid agonists	opioids
        benzodiazepines	drug-class	benzodiazepines	benzos	cns-depressants
        oxycodone	medication	oxycodone	Roxicodone|roxies	opioid-full-agonists
        alprazolam	medication	alprazolam	Xanax	benzodiazepines
        opioid-tapering	intervention	opioid tapering	opioid taper|tapering opioids|opioid wean|slow taper	
        benzodiazepine-tapering	intervention	benzodiazepine tapering	benzodiazepine taper|benzo taper	
        buprenorphine-induction	intervention	buprenorphine induction	starting buprenorphine	
        buprenorphine	medication	buprenorphine	bupe	opioids
        """;

    internal static Vocabulary Vocabulary()
    {
        var errors = new List<CorpusError>();
        var vocabulary = CaseGraph.Core.Concepts.Vocabulary.Build(VocabularyParser.Parse(Tsv, "v.tsv", errors), errors);
        Assert.Empty(errors);
        return vocabulary;
    }

    [Theory]
    [InlineData("tapering oxycodone 90 MME", 90)]
    [InlineData("oxycodone 90MME", 90)]
    [InlineData("90 mme/day and falls", 90)]
    [InlineData("at 90 MME per day", 90)]
    [InlineData("90 mg MME", 90)]
    [InlineData("MME 90", 90)]
    [InlineData("MME>=90 oxycodone", 90)]
    [InlineData("mme ≥ 120", 120)]
    [InlineData("MME of 50", 50)]
    [InlineData("90 morphine milligram equivalents", 90)]
    [InlineData("90 mg morphine equivalents daily", 90)]
    [InlineData("40.5 MMEs", 40.5)]
    [InlineData("a daily MEDD of 200", 200)]
    public void Reads_a_daily_mme_in_its_many_spellings(string query, double mme)
    {
        var read = MmeInQuery.Read(query);
        Assert.NotNull(read);
        Assert.Equal(mme, read.Mme);
        Assert.Contains(mme.ToString(System.Globalization.CultureInfo.InvariantCulture), query[read.Start..read.End]);
    }

    [Theory]
    [InlineData("90 MME", "90+")]
    [InlineData("MME 60", "50-89")]
    [InlineData("30 mme", "1-49")]
    public void The_mme_read_falls_in_its_band(string query, string band) => Assert.Equal(band, MmeInQuery.Read(query)!.Band);

    [Theory]
    [InlineData("oxycodone 90 mg")]          // a dose, not MME
    [InlineData("what is MME")]              // no number
    [InlineData("MME 0")]                    // not a dose
    [InlineData("MME 99999")]                // beyond any dose read
    [InlineData("case 90 summary mmm")]
    [InlineData("summe 90")]                 // "mme" inside a word
    public void Reads_no_mme_where_none_is_named(string query) => Assert.Null(MmeInQuery.Read(query));

    [Fact]
    public void The_span_read_is_the_words_that_named_it()
    {
        const string query = "tapering oxycodone 90 mg MME/day slowly";
        var read = MmeInQuery.Read(query)!;
        Assert.Equal("90 mg MME/day", query[read.Start..read.End]);
    }

    [Theory]
    [InlineData("tapering oxycodone 90 MME", "opioid-tapering")]
    [InlineData("tapered oxycodone", "opioid-tapering")]
    [InlineData("roxies taper", "opioid-tapering")]       // slang names oxycodone, and oxycodone is an opioid
    [InlineData("Xanax tapering", "benzodiazepine-tapering")]
    [InlineData("weaning narcotics", "opioid-tapering")] // "opioid wean": narcotics is the class opioids
    [InlineData("start bupe", "buprenorphine-induction")]
    public void Reads_the_intervention_a_word_names_with_the_query_s_concepts(string query, string intervention)
    {
        var reading = QueryReader.Read(query, Vocabulary());
        Assert.Equal([intervention], reading.Interventions);
    }

    [Theory]
    [InlineData("tapering")]               // opioid or benzodiazepine: no one intervention
    [InlineData("oxycodone 90 MME")]       // no intervention word
    [InlineData("oxycodone dose")]         // no intervention has "dose" with an opioid word
    [InlineData("opioid tapering")]        // a whole term: the matcher's, not read again
    public void Reads_no_intervention_that_the_words_do_not_name(string query) =>
        Assert.Empty(QueryReader.Read(query, Vocabulary()).Interventions);

    [Fact]
    public void A_whole_term_is_a_concept_and_the_reading_keeps_the_query_s_concepts_first()
    {
        var reading = QueryReader.Read("opioid tapering for oxycodone 120 MME", Vocabulary());
        Assert.Equal(["opioid-tapering", "oxycodone"], reading.Concepts);
        Assert.Equal(["opioid-tapering", "oxycodone"], reading.AllConcepts);
        Assert.Equal(120, reading.Mme?.Mme);
    }

    [Theory]
    [InlineData("tapering", "taper")]
    [InlineData("tapered", "taper")]
    [InlineData("taper", "taper")]
    [InlineData("bed", "bed")]
    [InlineData("dosing", "dosing")] // too short a stem to cut
    public void Stems_lightly(string word, string stem) => Assert.Equal(stem, QueryReader.Stem(word));
}
