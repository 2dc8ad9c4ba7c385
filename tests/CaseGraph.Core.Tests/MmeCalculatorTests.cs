using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Core.Dosing;
using CaseGraph.Core.Model;

namespace CaseGraph.Core.Tests;

public class MmeCalculatorTests
{
    private const string Tsv = """
        id	kind	name	synonyms	parents
        opioids	drug-class	opioids		
        codeine	medication	codeine		opioids
        hydrocodone	medication	hydrocodone		opioids
        hydrocodone-acetaminophen	medication	hydrocodone-acetaminophen	Norco	hydrocodone|opioids
        hydromorphone	medication	hydromorphone	Dilaudid	opioids
        methadone	medication	methadone		opioids
        morphine	medication	morphine		opioids
        morphine-extended-release	medication	extended-release morphine	MS Contin|morphine ER	morphine|opioids
        oxycodone	medication	oxycodone		opioids
        oxycodone-extended-release	medication	extended-release oxycodone	OxyContin	oxycodone|opioids
        oxymorphone	medication	oxymorphone		opioids
        tapentadol	medication	tapentadol	Nucynta	opioids
        tramadol	medication	tramadol		opioids
        fentanyl	medication	fentanyl		opioids
        fentanyl-transdermal	medication	transdermal fentanyl	fentanyl patch|Duragesic	fentanyl|opioids
        buprenorphine	medication	buprenorphine		opioids
        buprenorphine-naloxone	medication	buprenorphine-naloxone	Suboxone	buprenorphine|opioids
        gabapentin	medication	gabapentin		
        """;

    private static readonly Vocabulary Vocabulary = Vocabulary.Build(VocabularyParser.Parse(Tsv, "v.tsv", []), []);
    private static readonly MmeCalculator Mme = new(Vocabulary);

    [Theory]
    [InlineData("codeine", 30, "mg", "q6h", 18)]             // 30 x 4 x 0.15
    [InlineData("hydrocodone", 10, "mg", "q6h prn", 40)]     // 10 x 4 x 1
    [InlineData("hydromorphone", 4, "mg", "q4h", 120)]       // 4 x 6 x 5
    [InlineData("methadone", 10, "mg", "TID", 141)]          // 10 x 3 x 4.7
    [InlineData("morphine", 30, "mg", "BID", 60)]            // 30 x 2 x 1
    [InlineData("oxycodone", 10, "mg", "every 6 hours", 60)] // 10 x 4 x 1.5
    [InlineData("oxymorphone", 10, "mg", "q12h", 60)]        // 10 x 2 x 3
    [InlineData("tapentadol", 100, "mg", "twice daily", 80)] // 100 x 2 x 0.4
    [InlineData("tramadol", 50, "mg", "QID", 40)]            // 50 x 4 x 0.2
    [InlineData("fentanyl-transdermal", 25, "mcg/hr", "every 72 hours", 60)] // 25 x 2.4
    public void Applies_each_cdc_2022_factor(string concept, double dose, string unit, string frequency, double expected)
    {
        Assert.Equal(expected, Mme.Calculate(concept, dose, unit, frequency).DailyMme);
    }

    [Theory]
    [InlineData("hydrocodone-acetaminophen", 10, "mg", "TID", 30)] // Norco -> hydrocodone
    [InlineData("oxycodone-extended-release", 40, "mg", "q12h", 120)]
    [InlineData("morphine-extended-release", 60, "mg", "every 8 hours", 180)]
    [InlineData("fentanyl", 50, "mcg/h", null, 120)] // a fentanyl dose in mcg/hr is a patch
    public void Products_convert_through_their_opioid_ingredient(string concept, double dose, string unit, string? frequency, double expected)
    {
        Assert.Equal(expected, Mme.Calculate(concept, dose, unit, frequency).DailyMme);
    }

    [Theory]
    [InlineData("buprenorphine", "buprenorphine is not converted")]
    [InlineData("buprenorphine-naloxone", "buprenorphine is not converted")]
    public void Buprenorphine_is_never_converted(string concept, string note)
    {
        var result = Mme.Calculate(concept, 16, "mg", "daily");
        Assert.Null(result.DailyMme);
        Assert.Contains(note, result.MmeNote);
    }

    [Fact]
    public void Non_opioids_have_no_mme_and_a_missing_frequency_is_said()
    {
        Assert.Null(Mme.Calculate("gabapentin", 600, "mg", "TID").DailyMme);
        var noFrequency = Mme.Calculate("oxycodone", 10, "mg", null);
        Assert.Null(noFrequency.DailyMme);
        Assert.Equal("no frequency given", noFrequency.MmeNote);
    }

    [Fact]
    public void A_multi_drug_regimen_sums_its_opioids_only()
    {
        MedicationEntry[] regimen =
        [
            new("OxyContin", 20, "mg", "q12h"),          // 60
            new("oxycodone", 5, "mg", "q6h prn"),        // 30
            new("fentanyl patch", 12, "mcg/hr", "every 72 hours"), // 28.8
            new("Suboxone", 8, "mg", "daily"),           // not converted
            new("gabapentin", 300, "mg", "TID"),         // not an opioid
            new("mystery pill", 5, "mg", "daily"),       // unknown
        ];

        var total = Mme.TotalFor(regimen, name => Vocabulary.Resolve(name)?.Id);

        Assert.Equal(118.8, total);
        Assert.Null(Mme.TotalFor([new("gabapentin", 300, "mg", "TID")], name => Vocabulary.Resolve(name)?.Id));
    }

    [Theory]
    [InlineData("q6h", 4)]
    [InlineData("Q 8 H", 3)]
    [InlineData("q4-6h prn", 6)]
    [InlineData("every 4 to 6 hours as needed", 6)]
    [InlineData("BID", 2)]
    [InlineData("t.i.d.", 3)]
    [InlineData("QID", 4)]
    [InlineData("three times a day", 3)]
    [InlineData("2x daily", 2)]
    [InlineData("daily", 1)]
    [InlineData("at bedtime", 1)]
    [InlineData("qhs", 1)]
    [InlineData("weekly", 1.0 / 7)]
    public void Reads_frequencies_as_doses_per_day(string text, double expected)
    {
        Assert.Equal(expected, Frequency.DosesPerDay(text)!.Value, 6);
    }

    [Theory]
    [InlineData(null, "none")]
    [InlineData(30.0, "1-49")]
    [InlineData(50.0, "50-89")]
    [InlineData(89.9, "50-89")]
    [InlineData(90.0, "90+")]
    public void Bands_follow_the_50_and_90_thresholds(double? mme, string band) => Assert.Equal(band, MmeCalculator.Band(mme));
}
