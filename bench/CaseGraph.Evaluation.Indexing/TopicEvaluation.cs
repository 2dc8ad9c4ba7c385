using CaseGraph.Core.Model;
using CaseGraph.Topics.MLNet;

namespace CaseGraph.Evaluation;

public sealed record TopicScore(string TopicId, int Support, Score Score);

public sealed record TopicReport(int Examples, int Folds, IReadOnlyList<TopicScore> Topics)
{
    /// <summary>Mean F1 over topics with at least one positive example.</summary>
    public double MacroF1 => Topics.Where(t => t.Support > 0).Average(t => t.Score.F1);
}

/// <summary>
/// k-fold cross-validation of the topic tagger: each case is tagged by a model trained without it (the real
/// trainer, seeded), and per-topic precision/recall/F1 are counted over all folds.
/// </summary>
public static class TopicEvaluation
{
    public static TopicReport CrossValidate(IReadOnlyList<LabelledDocument> examples, IReadOnlyList<Topic> taxonomy, int folds = 5)
    {
        var counts = taxonomy.ToDictionary(t => t.Id, _ => new int[3]); // tp, fp, fn
        var order = examples.Select((e, i) => (e, i)).OrderBy(x => (x.i * 7919) % examples.Count).Select(x => x.e).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = order.Where((_, i) => i % folds == fold).ToList();
            var train = order.Where((_, i) => i % folds != fold).ToList();
            var dir = Directory.CreateTempSubdirectory("casegraph-topics-").FullName;
            try
            {
                var tagger = TopicModelTrainer.Train(dir, train, taxonomy);
                foreach (var example in test)
                {
                    var predicted = tagger.Tag(example.Document).Select(t => t.TopicId).ToHashSet();
                    foreach (var topic in taxonomy.Select(t => t.Id))
                    {
                        var (gold, found) = (example.Topics.Contains(topic), predicted.Contains(topic));
                        if (gold && found) counts[topic][0]++;
                        else if (found) counts[topic][1]++;
                        else if (gold) counts[topic][2]++;
                    }
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }
        }
        return new TopicReport(examples.Count, folds, taxonomy.Select(t => new TopicScore(t.Id, counts[t.Id][0] + counts[t.Id][2],
            new Score(counts[t.Id][0], counts[t.Id][1], counts[t.Id][2]))).ToList());
    }
}
