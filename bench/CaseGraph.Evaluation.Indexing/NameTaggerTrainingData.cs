using CaseGraph.Indexing.Corpus;
using CaseGraph.Indexing.Privacy;

namespace CaseGraph.Evaluation;

/// <summary>
/// What the learned name tagger is trained on: the labelled identifier sets that have been tuned on (their names are
/// positives, every other word a negative, clean sentences all negative) and the bundled corpus's texts (all negative:
/// clinical prose with capitalised drugs, scales and programmes). The seventh set and leaving each set out in turn chose
/// the features and the probability; the eighth and later sets are never trained on, so they stay a blind measure.
/// Published passages were tried as negatives: they cut false flags but cost names (seventh set 0.927 to 0.905).
/// </summary>
public static class NameTaggerTrainingData
{
    /// <summary>(labelled identifiers, clean sentences) of every set trained on, under the repository's root.</summary>
    public static IReadOnlyList<(string Labelled, string Clean)> Sets(string root)
    {
        var phi = Path.Combine(root, "bench", "quality", "phi");
        var tests = Path.Combine(root, "tests", "CaseGraph.Core.Tests", "Data");
        return
        [
            (Path.Combine(phi, "international-identifiers.jsonl"), Path.Combine(phi, "clean-clinical-international.jsonl")),
            .. new[] { "second", "third", "fourth", "fifth", "sixth" }.Select(set =>
                (Path.Combine(phi, set, "international-identifiers.jsonl"), Path.Combine(phi, set, "clean-case-sentences.jsonl"))),
            (Path.Combine(tests, "phi-sentences.jsonl"), Path.Combine(tests, "clean-clinical-sentences.jsonl")),
            (Path.Combine(tests, "phi-held-out.jsonl"), Path.Combine(tests, "clean-held-out.jsonl")),
        ];
    }

    /// <param name="exclude">sets left out (a folder name such as "third"), to measure the tagger on a set it did not learn from</param>
    public static List<NameExample> Examples(string root, CorpusSnapshot corpus, IReadOnlyCollection<string>? exclude = null) =>
    [
        .. Sets(root).Where(set => exclude is null || !exclude.Contains(Path.GetFileName(Path.GetDirectoryName(set.Labelled))))
            .SelectMany(set => PhiEvaluation.Load(set.Labelled).Concat(PhiEvaluation.Load(set.Clean)))
            .Select(s => new NameExample(s.Text, [.. s.Phi.Where(p => p.Kind == "name").Select(p => (p.Start, p.End))])),
        .. corpus.Cases.Select(c => c.Item).SelectMany(c => (string[])[c.Summary, .. c.Questions, .. c.Recommendations.Select(r => r.Text)])
            .Concat(corpus.Passages.Select(p => p.Item.Text))
            .Select(text => new NameExample(text, [])),
    ];
}
