using System.Text.Json;

namespace CaseGraph.Tests.Shared;

/// <summary>
/// A small, fictional corpus written to a fresh temporary folder for one test, with its own indexes folder.
/// Deleted on dispose.
/// </summary>
public sealed class TestCorpus : IDisposable
{
    public TestCorpus()
    {
        Root = Path.Combine(Path.GetTempPath(), "casegraph-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(CasesDir);
        Directory.CreateDirectory(GuidelinesDir);
        Directory.CreateDirectory(Path.Combine(CorpusDir, "vocabulary"));
        File.WriteAllText(Path.Combine(CorpusDir, "vocabulary", "concepts.tsv"), Vocabulary);
        File.WriteAllText(Path.Combine(CorpusDir, "topics.tsv"), Topics);
        File.WriteAllText(Path.Combine(GuidelinesDir, "passages.jsonl"), string.Join("\n", Passages.Select(p => JsonSerializer.Serialize(p))));
        foreach (var c in Cases) WriteCase(c.Id, c.Summary, c.Question, c.Medication, c.Recommendation, c.Topic);
    }

    public string Root { get; }
    public string CorpusDir => Path.Combine(Root, "corpus");
    public string IndexesDir => Path.Combine(Root, "indexes");
    public string CasesDir => Path.Combine(CorpusDir, "cases");
    public string GuidelinesDir => Path.Combine(CorpusDir, "guidelines");

    public string CasePath(string id) => Path.Combine(CasesDir, id + ".json");

    public void WriteCase(string id, string summary, string question, string medication, string recommendation, string? topic)
    {
        var json = new
        {
            id,
            presented = "2022-05",
            program = "Chronic Pain and OUD ECHO",
            setting = "rural",
            patient = new { ageBand = "40-49", sex = "female" },
            summary,
            questions = new[] { question },
            medications = new[] { new { name = medication, dose = 10, unit = "mg", frequency = "BID" } },
            recommendations = new[] { new { id = id + "-r1", text = recommendation } },
            topics = topic is null ? Array.Empty<string>() : [topic],
        };
        File.WriteAllText(CasePath(id), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { /* a reader may still hold a file on some platforms; the temp folder is cleaned later */ }
    }

    /// <summary>The test vocabulary, built (it is valid: no errors).</summary>
    public static CaseGraph.Core.Concepts.Vocabulary BuildVocabulary() =>
        CaseGraph.Core.Concepts.Vocabulary.Build(CaseGraph.Core.Corpus.VocabularyParser.Parse(Vocabulary, "test-vocabulary.tsv", []), []);

    public const string Vocabulary = """
        id	kind	name	synonyms	parents
        opioids	drug-class	opioids	opioid analgesics	
        benzodiazepines	drug-class	benzodiazepines	benzos	
        buprenorphine	medication	buprenorphine	bupe	opioids
        buprenorphine-naloxone	medication	buprenorphine-naloxone	Suboxone|bup/nx	buprenorphine|opioids
        oxycodone	medication	oxycodone	OxyContin|Roxicodone	opioids
        methadone	medication	methadone	Dolophine	opioids
        alprazolam	medication	alprazolam	Xanax	benzodiazepines
        clonazepam	medication	clonazepam	Klonopin	benzodiazepines
        naloxone	medication	naloxone	Narcan	
        gabapentin	medication	gabapentin	Neurontin	
        substance-use-disorder	condition	substance use disorder	SUD	
        opioid-use-disorder	condition	opioid use disorder	OUD	substance-use-disorder
        chronic-low-back-pain	condition	chronic low back pain	chronic LBP	
        depression	condition	depression	major depressive disorder	
        physical-therapy	intervention	physical therapy	PT referral	
        tapering	intervention	opioid tapering	taper	
        """;

    public const string Topics = """
        id	name	definition
        tapering	Opioid tapering	Reducing long-term opioid doses.
        oud-treatment	Medications for OUD	Buprenorphine and methadone for opioid use disorder.
        pregnancy	Pregnancy	OUD in pregnancy.
        """;

    public sealed record CaseSpec(string Id, string Summary, string Question, string Medication, string Recommendation, string? Topic);

    public static readonly IReadOnlyList<CaseSpec> Cases =
    [
        new("case-t01", "Woman with chronic low back pain on oxycodone for years wants to taper slowly; also takes Xanax at night.",
            "How fast should the oxycodone taper go?", "oxycodone", "Taper oxycodone by 10% per month and offer naloxone.", "tapering"),
        new("case-t02", "Man on high dose OxyContin after failed back surgery asks about reducing his dose; depression is worse.",
            "Can we taper while his depression is treated?", "OxyContin", "Slow taper with pauses; treat depression; add physical therapy.", "tapering"),
        new("case-t03", "Retired teacher with chronic LBP on oxycodone and clonazepam; falls this winter.",
            "Which should be tapered first, the benzodiazepine or the opioid?", "oxycodone", "Taper clonazepam slowly first; keep oxycodone stable.", "tapering"),
        new("case-t04", "Long-term methadone for pain, 60 mg daily; patient agrees to a taper to reduce sedation.",
            "What taper rate suits methadone for pain?", "methadone", "Reduce methadone by 5 mg every two weeks; check QTc.", "tapering"),
        new("case-o01", "Young man with opioid use disorder using fentanyl wants to start buprenorphine at home.",
            "How should home induction of buprenorphine go after fentanyl?", "Suboxone", "Use low-dose micro-induction with Suboxone; prescribe Narcan.", "oud-treatment"),
        new("case-o02", "Woman with OUD stable on Suboxone 16 mg asks about pain after a dental extraction.",
            "How to manage acute pain on buprenorphine?", "buprenorphine-naloxone", "Continue buprenorphine, split the dose, add ibuprofen.", "oud-treatment"),
        new("case-o03", "Patient with OUD on methadone 90 mg at an opioid treatment program wants to switch to buprenorphine.",
            "How do we transition from methadone to buprenorphine?", "methadone", "Taper methadone to 30 mg then start buprenorphine after withdrawal.", "oud-treatment"),
        new("case-o04", "Man with opioid use disorder and depression restarted heroin; buprenorphine was stopped a year ago.",
            "Should buprenorphine be restarted today?", "bupe", "Restart buprenorphine the same day and give naloxone.", "oud-treatment"),
    ];

    public static readonly IReadOnlyList<object> Passages =
    [
        new { id = "g-taper", title = "Tapering long-term opioids", text = "Taper opioids slowly, often 10% per month, and pause when needed.", source = "Test guidance", section = "Tapering" },
        new { id = "g-benzo", title = "Benzodiazepines with opioids", text = "Avoid prescribing alprazolam or other benzodiazepines with opioids; taper benzodiazepines gradually.", source = "Test guidance", section = "Co-prescribing" },
        new { id = "g-bup", title = "Buprenorphine for OUD", text = "Offer buprenorphine or methadone to patients with opioid use disorder.", source = "Test guidance", section = "MOUD" },
    ];
}
