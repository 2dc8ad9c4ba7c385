using CaseGraph.Indexing.Hosting;
using CaseGraph.Indexing.Privacy;
using CaseGraph.Evaluation;

namespace CaseGraph.Indexing.Tests;

/// <summary>The PHI detector with its real word lists, on the labelled sentence sets (what `casegraph-quality phi` prints).</summary>
public class PhiQualityTests
{
    private static readonly string Data = Path.Combine(RepositoryPaths.Default("tests"), "CaseGraph.Core.Tests", "Data");

    private static PhiReport Evaluate(string labelled, string clean) => PhiEvaluation.Evaluate(
        PhiEvaluation.Load(Path.Combine(Data, labelled)), PhiEvaluation.Load(Path.Combine(Data, clean)),
        PhiLexicons.Detector(Corpus.CorpusReader.Read(RepositoryPaths.Default("corpus")).Vocabulary));

    [Fact]
    public void Recall_and_false_positives_meet_the_gate_targets_on_the_labelled_set()
    {
        var report = Evaluate("phi-sentences.jsonl", "clean-clinical-sentences.jsonl");

        Assert.True(report.Kinds.Sum(k => k.Gold) >= 300);
        Assert.Equal(17, report.Kinds.Count); // every Safe Harbor kind is in the set
        Assert.True(report.CleanSentences >= 300);
        Assert.InRange(report.PatternedRecall, 0.99, 1.0);
        Assert.InRange(report.Recall, 0.95, 1.0);
        Assert.InRange(report.FalsePositiveRate, 0.0, 0.02);
    }

    [Fact]
    public void The_held_out_set_written_apart_from_the_detector_meets_them_too()
    {
        var report = Evaluate("phi-held-out.jsonl", "clean-held-out.jsonl");

        Assert.True(report.Kinds.Sum(k => k.Gold) >= 300);
        Assert.InRange(report.PatternedRecall, 0.99, 1.0);
        Assert.InRange(report.Recall, 0.95, 1.0);
        Assert.InRange(report.FalsePositiveRate, 0.0, 0.02);
    }

    [Fact]
    public void Published_passages_written_blind_are_held_back_only_when_they_identify_a_patient()
    {
        var passages = PassageScreeningEvaluation.Load(Path.Combine(RepositoryPaths.Default("bench"), "quality", "phi", "public-health-passages.jsonl"));
        var detector = PhiLexicons.Detector(Corpus.CorpusReader.Read(RepositoryPaths.Default("corpus")).Vocabulary);

        var report = PassageScreeningEvaluation.Evaluate(passages, detector);

        Assert.True(report.Public >= 300 && report.Patient >= 50);
        Assert.InRange(report.PublicHeldRate, 0.0, 0.02); // 1.6% measured; every kind, as for a case, would hold back 45%
        Assert.InRange(report.PatientRecall, 0.95, 1.0);  // 96.7% measured
    }

    [Fact]
    public void International_identifiers_written_blind_are_mostly_found_and_hard_clean_sentences_mostly_pass()
    {
        var blind = Path.Combine(RepositoryPaths.Default("bench"), "quality", "phi");
        var report = PhiEvaluation.Evaluate(PhiEvaluation.Load(Path.Combine(blind, "international-identifiers.jsonl")),
            PhiEvaluation.Load(Path.Combine(blind, "clean-clinical-international.jsonl")),
            PhiLexicons.Detector(Corpus.CorpusReader.Read(RepositoryPaths.Default("corpus")).Vocabulary));

        // Measured 0.846 and 2.1% (0.470 and 3.2% before issue 20's finders); issue 20's targets, 0.95 and 1%, are not met yet.
        Assert.InRange(report.Recall, 0.82, 1.0);
        Assert.InRange(report.FalsePositiveRate, 0.0, 0.03);
        Assert.All(report.Kinds.Where(k => k.Kind is "card" or "iban"), k => Assert.Equal(1.0, k.Recall));
    }
}
