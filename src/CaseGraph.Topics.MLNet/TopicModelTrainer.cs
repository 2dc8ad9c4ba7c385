using System.Text.Json;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace CaseGraph.Topics.MLNet;

/// <summary>A case text with its curated topic ids: one training example.</summary>
public sealed record LabelledText(string Text, IReadOnlyList<string> Topics);

/// <summary>
/// Trains the multi-label topic tagger: one text featurizer, then one L-BFGS logistic regression per topic,
/// all in one ML.NET transformer chain whose output is a probability per topic. Seeded, single-threaded:
/// the same examples give the same model.
/// </summary>
public static class TopicModelTrainer
{
    public const int Seed = 20260101;
    public const int MinExamplesPerClass = 3;
    private const string TrainerVersion = "featurize-text+lbfgs-logreg v1";
    internal const string ModelFile = "topic-model.zip", ManifestFile = "manifest.json";

    internal sealed class TextRow { public string Text { get; set; } = ""; }
    private sealed class LabelledRow { public string Text { get; set; } = ""; public bool Label { get; set; } }

    public static string Fingerprint(IReadOnlyList<LabelledText> examples, IReadOnlyList<Topic> taxonomy) =>
        ContentHash.Of(TrainerVersion, JsonSerializer.Serialize(taxonomy.Select(t => t.Id)), JsonSerializer.Serialize(examples));

    /// <summary>Loads the saved model when it was trained on the same examples, else trains and saves a new one.</summary>
    public static MlNetTopicTagger LoadOrTrain(string directory, IReadOnlyList<LabelledText> examples, IReadOnlyList<Topic> taxonomy)
    {
        var fingerprint = Fingerprint(examples, taxonomy);
        return MlNetTopicTagger.TryLoad(directory, fingerprint) ?? Train(directory, examples, taxonomy, fingerprint);
    }

    public static MlNetTopicTagger Train(string directory, IReadOnlyList<LabelledText> examples, IReadOnlyList<Topic> taxonomy, string? fingerprint = null)
    {
        fingerprint ??= Fingerprint(examples, taxonomy);
        if (examples.Count < 2 * MinExamplesPerClass)
            return MlNetTopicTagger.Unavailable(new TopicModelStatus($"unavailable: {examples.Count} labelled cases, {2 * MinExamplesPerClass} needed",
                examples.Count, [], taxonomy.ToDictionary(t => t.Id, _ => "no training data"), fingerprint));
        var ml = new MLContext(seed: Seed);
        var texts = ml.Data.LoadFromEnumerable(examples.Select(e => new TextRow { Text = e.Text }));
        // Word unigrams and bigrams (no character n-grams): a vocabulary-sized feature space that trains in seconds.
        var featurizer = ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CharFeatureExtractor = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
        }, nameof(TextRow.Text)).Fit(texts);

        var chain = new List<ITransformer> { featurizer };
        var trained = new List<string>();
        var skipped = new Dictionary<string, string>();
        foreach (var topic in taxonomy)
        {
            var positives = examples.Count(e => e.Topics.Contains(topic.Id));
            var negatives = examples.Count - positives;
            if (positives < MinExamplesPerClass || negatives < MinExamplesPerClass)
            {
                skipped[topic.Id] = $"too few examples ({positives} with, {negatives} without; {MinExamplesPerClass} of each needed)";
                continue;
            }
            var rows = ml.Data.LoadFromEnumerable(examples.Select(e => new LabelledRow { Text = e.Text, Label = e.Topics.Contains(topic.Id) }));
            var featurized = featurizer.Transform(rows);
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                L2Regularization = 0.0001f,
                L1Regularization = 0f,
                OptimizationTolerance = 1e-4f,
                MaximumNumberOfIterations = 200,
            });
            var model = trainer.Fit(featurized);
            var copy = ml.Transforms.CopyColumns(ProbabilityColumn(trained.Count), "Probability").Fit(model.Transform(featurized));
            chain.Add(model);
            chain.Add(copy);
            trained.Add(topic.Id);
        }

        var status = new TopicModelStatus("trained", examples.Count, trained, skipped, fingerprint);
        if (trained.Count == 0) return MlNetTopicTagger.Unavailable(status with { State = "unavailable: training data too thin" });

        var probabilityColumns = Enumerable.Range(0, trained.Count).Select(ProbabilityColumn).ToArray();
        var sample = new TransformerChain<ITransformer>([.. chain]).Transform(texts);
        chain.Add(ml.Transforms.Concatenate(MlNetTopicTagger.ProbabilitiesColumn, probabilityColumns).Fit(sample));
        var full = new TransformerChain<ITransformer>([.. chain]);

        Directory.CreateDirectory(directory);
        ml.Model.Save(full, texts.Schema, Path.Combine(directory, ModelFile));
        File.WriteAllText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(status));
        return new MlNetTopicTagger(ml, full, status);
    }

    private static string ProbabilityColumn(int index) => $"P{index}";
}
