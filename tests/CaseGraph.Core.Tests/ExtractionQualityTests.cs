using CaseGraph.Core.Concepts;
using CaseGraph.Core.Corpus;
using CaseGraph.Evaluation;

namespace CaseGraph.Core.Tests;

/// <summary>
/// Guards the extraction quality targets on the annotated sentences (the figures themselves are printed by
/// `dotnet run --project bench/CaseGraph.Quality -- concepts`).
/// </summary>
public class ExtractionQualityTests
{
    private static readonly ConceptExtractor Extractor = new(LoadVocabulary());

    /// <summary>The bundled vocabulary, copied beside the tests (a corpus folder's vocabulary/ layout), read with Core's parser.</summary>
    private static Vocabulary LoadVocabulary()
    {
        var errors = new List<CorpusError>();
        var entries = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "vocabulary"), "*.tsv").Order(StringComparer.Ordinal)
            .SelectMany(f => VocabularyParser.Parse(File.ReadAllText(f), "vocabulary/" + Path.GetFileName(f), errors)).ToList();
        var vocabulary = Vocabulary.Build(entries, errors);
        Assert.Empty(errors);
        return vocabulary;
    }

    [Theory]
    [InlineData("annotated-sentences.jsonl", 200)]
    [InlineData("held-out-sentences.jsonl", 100)]
    public void Meets_the_concept_negation_and_dose_targets(string file, int minimumSentences)
    {
        var sentences = ExtractionEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "Data", file));
        var report = ExtractionEvaluation.Evaluate(sentences, Extractor);

        Assert.True(report.Sentences >= minimumSentences, $"{report.Sentences} sentences");
        Assert.True(report.Concepts.F1 >= 0.95, $"concept {report.Concepts}\n{string.Join("\n", report.Errors.Take(20))}");
        Assert.True(report.Negation.F1 >= 0.95, $"negation {report.Negation}\n{string.Join("\n", report.Errors.Take(20))}");
        Assert.True(report.DoseAccuracy >= 0.95, $"doses {report.DoseAccuracy:F3}\n{string.Join("\n", report.Errors.Take(20))}");
    }

    [Fact]
    public void The_annotated_set_covers_every_context_kind()
    {
        var sentences = ExtractionEvaluation.Load(Path.Combine(AppContext.BaseDirectory, "Data", "annotated-sentences.jsonl"));
        var contexts = sentences.SelectMany(s => s.Concepts).GroupBy(c => c.Context).ToDictionary(g => g.Key, g => g.Count());
        foreach (var kind in Enum.GetValues<MentionContext>()) Assert.True(contexts.GetValueOrDefault(kind.ToSlug()) >= 20, kind.ToString());
        Assert.True(sentences.Count(s => s.Medications is { Count: > 0 }) >= 60);
    }
}
