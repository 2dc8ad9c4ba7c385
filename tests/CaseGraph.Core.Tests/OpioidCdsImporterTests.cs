using CaseGraph.Core.Concepts;
using CaseGraph.Core.Concepts.Import;
using CaseGraph.Core.Corpus;

namespace CaseGraph.Core.Tests;

public class OpioidCdsImporterTests
{
    private const string Curated = """
        id	kind	name	synonyms	parents
        opioid-full-agonists	drug-class	opioid full agonists		
        benzodiazepines	drug-class	benzodiazepines		
        acetaminophen	medication	acetaminophen	APAP	
        oxycodone	medication	oxycodone	Roxicodone	opioid-full-agonists
        oxycodone-acetaminophen	medication	oxycodone-acetaminophen	Percocet	oxycodone|acetaminophen
        oxycodone-extended-release	medication	extended-release oxycodone		oxycodone
        fentanyl	medication	fentanyl		opioid-full-agonists
        fentanyl-transdermal	medication	transdermal fentanyl	fentanyl patch	fentanyl
        opioid-use-disorder	condition	opioid use disorder	OUD	
        """;

    private const string Cql = """
        { drugCode: 1, drugName: 'acetaminophen 325 MG / oxycodone hydrochloride 5 MG Oral Tablet [Endocet]', doseFormCode: 1, doseFormName: 'Oral Tablet', ingredientCode: 1, ingredientName: 'Oxycodone', strength: '5 MG' },
        { drugCode: 2, drugName: '12 HR oxycodone hydrochloride 10 MG Extended Release Oral Tablet [Xtampza]', doseFormCode: 2, doseFormName: 'Extended Release Oral Tablet', ingredientCode: 1, ingredientName: 'Oxycodone' },
        { drugCode: 3, drugName: '72 HR fentanyl 0.025 MG/HR Transdermal System [Duragesic]', doseFormCode: 3, doseFormName: 'Transdermal System', ingredientCode: 2, ingredientName: 'Fentanyl' },
        { drugCode: 4, drugName: 'meperidine hydrochloride 50 MG Oral Tablet [Demerol]', doseFormCode: 4, doseFormName: 'Oral Tablet', ingredientCode: 3, ingredientName: 'Meperidine' },
        { drugCode: 5, drugName: 'oxycodone hydrochloride 5 MG Oral Tablet [Roxicodone]', doseFormCode: 4, doseFormName: 'Oral Tablet', ingredientCode: 1, ingredientName: 'Oxycodone' },
        """;

    private const string Benzodiazepines = """
        {"resourceType": "ValueSet", "expansion": {"contains": [
          {"display": "estazolam 1 MG Oral Tablet [Prosom]"},
          {"display": "amitriptyline 12.5 MG / chlordiazepoxide 5 MG Oral Tablet [Limbitrol]"}
        ]}}
        """;

    private const string Disorders = """
        {"resourceType": "ValueSet", "expansion": {"contains": [
          {"display": "Opioid dependence (disorder)"},
          {"display": "Opioid dependence, in remission (disorder)"},
          {"display": "Accidental overdose of opiate (disorder)"}
        ]}}
        """;

    private static IReadOnlyList<ImportedRow> Import()
    {
        var curated = Vocabulary.Build(VocabularyParser.Parse(Curated, "c.tsv", []), []);
        return OpioidCdsImporter.Import(Cql, new Dictionary<string, string>
        {
            ["benzodiazepine-medications.json"] = Benzodiazepines,
            [OpioidCdsImporter.DisorderValueSet] = Disorders,
        }, curated);
    }

    [Fact]
    public void Brands_attach_to_the_most_specific_existing_product()
    {
        var rows = Import().ToDictionary(r => r.Id);

        Assert.Equal(["Endocet"], rows["oxycodone-acetaminophen"].Synonyms);
        Assert.Equal(["Xtampza"], rows["oxycodone-extended-release"].Synonyms);
        Assert.Equal(["Duragesic"], rows["fentanyl-transdermal"].Synonyms);
        Assert.All(rows.Values.Where(r => r.Id.Contains("oxycodone")), r => Assert.Equal(VocabularyParser.ExtendsKind, r.Kind));
        Assert.DoesNotContain("oxycodone", rows.Keys); // Roxicodone is already curated
    }

    [Fact]
    public void New_ingredients_become_concepts_in_their_class_with_their_brands()
    {
        var rows = Import().ToDictionary(r => r.Id);

        Assert.Equal("medication", rows["meperidine"].Kind);
        Assert.Equal(["Demerol"], rows["meperidine"].Synonyms);
        Assert.Equal(["opioid-full-agonists"], rows["meperidine"].Parents);
        Assert.Equal(["benzodiazepines"], rows["estazolam"].Parents);
        Assert.Equal(["benzodiazepines"], rows["chlordiazepoxide"].Parents);
        Assert.DoesNotContain("amitriptyline", rows.Keys); // not a benzodiazepine
    }

    [Fact]
    public void Only_plain_disorder_names_become_synonyms_of_opioid_use_disorder()
    {
        var oud = Import().Single(r => r.Id == "opioid-use-disorder");
        Assert.Equal(["opioid dependence"], oud.Synonyms);
    }

    [Fact]
    public void The_rows_read_back_as_a_valid_vocabulary_extending_the_curated_one()
    {
        var tsv = OpioidCdsImporter.ToTsv(Import(), "test");
        var errors = new List<CorpusError>();
        var vocabulary = Vocabulary.Build(
            VocabularyParser.Parse(Curated, "c.tsv", errors).Concat(VocabularyParser.Parse(tsv, "i.tsv", errors)), errors);

        Assert.Empty(errors);
        Assert.Equal("oxycodone-acetaminophen", vocabulary.Resolve("Endocet")?.Id);
        Assert.Equal("meperidine", vocabulary.Resolve("Demerol")?.Id);
        Assert.Equal("opioid-use-disorder", vocabulary.Resolve("opioid dependence")?.Id);
    }
}
