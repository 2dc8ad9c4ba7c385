using System.Text.Json;
using CaseGraph.Core.Ingestion;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace CaseGraph.Topics.MLNet;

/// <summary>A case's tagger input with its curated topic ids: one training example.</summary>
public sealed record LabelledDocument(TopicDocument Document, IReadOnlyList<string> Topics);

/// <summary>
/// Trains the multi-label topic tagger: one featurizer (word 1-2 grams of the text, plus a bag of the derived
/// fact tokens), then one class-weighted L-BFGS logistic regression per topic, saved as one ML.NET transformer
/// chain whose output is a probability per topic. Seeded, single-threaded: the same examples give the same model.
/// </summary>
public static class TopicModelTrainer
{
    public const int Seed = 20260101;
    public const int MinExamplesPerClass = 3;
    private const string TrainerVersion = "text-1-2grams+fact-bag+weighted-lbfgs-logreg v2";
    internal const string ModelFile = "topic-model.zip", ManifestFile = "manifest.json";
    internal const string FeaturesColumn = "Features";

    /// <summary>The saved model's input row.</summary>
    public sealed class DocumentRow
    {
        public string Text { get; set; } = "";
        public string Facts { get; set; } = "";
        public static DocumentRow Of(TopicDocument d) => new() { Text = d.Text, Facts = FactsOf(d) };
    }

    /// <summary>Facts with one constant token first, so the fact bag is never empty (an empty dictionary would
    /// make the feature vector's size unknown).</summary>
    private static string FactsOf(TopicDocument document) => "cg_document " + document.Facts;

    private sealed class LabelledRow
    {
        public string Text { get; set; } = "";
        public string Facts { get; set; } = "";
        public bool Label { get; set; }
        public float Weight { get; set; }
    }

    public static string Fingerprint(IReadOnlyList<LabelledDocument> examples, IReadOnlyList<Topic> taxonomy) =>
        ContentHash.Of(TrainerVersion, JsonSerializer.Serialize(taxonomy.Select(t => t.Id)), JsonSerializer.Serialize(examples));

    /// <summary>Loads the saved model when it was trained on the same examples, else trains and saves a new one.</summary>
    public static MlNetTopicTagger LoadOrTrain(string directory, IReadOnlyList<LabelledDocument> examples, IReadOnlyList<Topic> taxonomy)
    {
        var fingerprint = Fingerprint(examples, taxonomy);
        return MlNetTopicTagger.TryLoad(directory, fingerprint) ?? Train(directory, examples, taxonomy, fingerprint);
    }

    public static MlNetTopicTagger Train(string directory, IReadOnlyList<LabelledDocument> examples, IReadOnlyList<Topic> taxonomy, string? fingerprint = null)
    {
        fingerprint ??= Fingerprint(examples, taxonomy);
        if (examples.Count < 2 * MinExamplesPerClass)
            return MlNetTopicTagger.Unavailable(new TopicModelStatus($"unavailable: {examples.Count} labelled cases, {2 * MinExamplesPerClass} needed",
                examples.Count, [], taxonomy.ToDictionary(t => t.Id, _ => "no training data"), fingerprint));
        var ml = new MLContext(seed: Seed);
        var documents = ml.Data.LoadFromEnumerable(examples.Select(e => DocumentRow.Of(e.Document)));
        var featurizer = Featurizer(ml).Fit(documents);

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
            // Cached: L-BFGS reads the data once per iteration, and featurizing text each time would dominate training.
            var featurized = ml.Data.Cache(featurizer.Transform(ml.Data.LoadFromEnumerable(Rows(examples, topic.Id, positives, negatives))));
            var model = Classifier(ml).Fit(featurized);
            chain.Add(model);
            chain.Add(ml.Transforms.CopyColumns(ProbabilityColumn(trained.Count), "Probability").Fit(model.Transform(featurized)));
            trained.Add(topic.Id);
        }

        var status = new TopicModelStatus("trained", examples.Count, trained, skipped, fingerprint);
        if (trained.Count == 0) return MlNetTopicTagger.Unavailable(status with { State = "unavailable: training data too thin" });

        var probabilityColumns = Enumerable.Range(0, trained.Count).Select(ProbabilityColumn).ToArray();
        var sample = new TransformerChain<ITransformer>([.. chain]).Transform(documents);
        chain.Add(ml.Transforms.Concatenate(MlNetTopicTagger.ProbabilitiesColumn, probabilityColumns).Fit(sample));
        var full = new TransformerChain<ITransformer>([.. chain]);

        Directory.CreateDirectory(directory);
        ml.Model.Save(full, documents.Schema, Path.Combine(directory, ModelFile));
        File.WriteAllText(Path.Combine(directory, ManifestFile), JsonSerializer.Serialize(status));
        return MlNetTopicTagger.From(ml, full, status);
    }

    /// <summary>Text: normalized word unigrams and bigrams (no character n-grams, so it trains in seconds).
    /// Facts: a plain count of each token, not normalized by the text's length.</summary>
    private static IEstimator<ITransformer> Featurizer(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("TextFeatures", new TextFeaturizingEstimator.Options
            {
                CharFeatureExtractor = null,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options { Language = TextFeaturizingEstimator.Language.English },
            }, nameof(DocumentRow.Text))
            .Append(ml.Transforms.Text.ProduceWordBags("FactFeatures", nameof(DocumentRow.Facts), ngramLength: 1))
            .Append(ml.Transforms.Concatenate(FeaturesColumn, "TextFeatures", "FactFeatures"));

    private static IEstimator<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>
        Classifier(MLContext ml) => ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(LabelledRow.Label),
            FeatureColumnName = FeaturesColumn,
            ExampleWeightColumnName = nameof(LabelledRow.Weight),
            NumberOfThreads = 1,
            L2Regularization = 0.1f,
            L1Regularization = 0f,
            OptimizationTolerance = 1e-4f,
            MaximumNumberOfIterations = 200,
        });

    /// <summary>Positives weigh as much as negatives in total, so a rare topic is not learned as "never".</summary>
    private static IEnumerable<LabelledRow> Rows(IEnumerable<LabelledDocument> examples, string topicId, int positives, int negatives) =>
        examples.Select(e =>
        {
            var label = e.Topics.Contains(topicId);
            return new LabelledRow { Text = e.Document.Text, Facts = FactsOf(e.Document), Label = label, Weight = label ? (float)negatives / positives : 1f };
        });

    private static string ProbabilityColumn(int index) => $"P{index}";
}
