using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CaseGraph.Topics.MLNet;

/// <summary>
/// Serves the trained topic model: the ML.NET featurizer turns a document into a feature vector, then each
/// topic's logistic regression scores it. A <see cref="PredictionEngine{TSrc,TDst}"/> is not thread-safe, so
/// engines come from a pool, one per concurrent caller.
/// </summary>
public sealed class MlNetTopicTagger : ITopicTagger
{
    public const string ProbabilitiesColumn = "Probabilities";
    public const float Threshold = 0.5f;

    private sealed class FeatureRow
    {
        [ColumnName(TopicModelTrainer.FeaturesColumn)]
        public VBuffer<float> Features { get; set; }
    }

    /// <summary>An engine with its own output row, reused call after call.</summary>
    private sealed class Featurizer(PredictionEngine<TopicModelTrainer.DocumentRow, FeatureRow> engine)
    {
        public readonly PredictionEngine<TopicModelTrainer.DocumentRow, FeatureRow> Engine = engine;
        public FeatureRow Row = new();
    }

    private sealed class FeaturizerPolicy(MLContext ml, ITransformer featurizer) : IPooledObjectPolicy<Featurizer>
    {
        public Featurizer Create() => new(ml.Model.CreatePredictionEngine<TopicModelTrainer.DocumentRow, FeatureRow>(featurizer));
        public bool Return(Featurizer obj) => true;
    }

    /// <summary>What tagging needs: the featurizer engines and one classifier per trained topic (none when unavailable).</summary>
    private sealed record Parts(ObjectPool<Featurizer>? Featurizers, LinearTopicModel[] Models);

    private readonly Lazy<Parts> _parts;

    private MlNetTopicTagger(Func<Parts> parts, TopicModelStatus status)
    {
        Status = status;
        _parts = new Lazy<Parts>(parts, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private static Parts PartsOf(MLContext ml, TransformerChain<ITransformer> model, TopicModelStatus status)
    {
        var featurizers = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new FeaturizerPolicy(ml, model.First()));
        var models = model.OfType<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>()
            .Select(t => LinearTopicModel.From(t.Model)).ToArray();
        if (models.Length != status.TrainedTopics.Count)
            throw new InvalidOperationException($"The topic model has {models.Length} classifiers for {status.TrainedTopics.Count} topics.");
        return new Parts(featurizers, models);
    }

    public TopicModelStatus Status { get; }
    public string Fingerprint => Status.Fingerprint;

    internal static MlNetTopicTagger From(MLContext ml, TransformerChain<ITransformer> model, TopicModelStatus status) =>
        Loaded(new(() => PartsOf(ml, model, status), status));

    public static MlNetTopicTagger Unavailable(TopicModelStatus status) => new(() => new Parts(null, []), status);

    /// <summary>Loads a saved model if its manifest says it was trained on data with this fingerprint.</summary>
    public static MlNetTopicTagger? TryLoad(string directory, string fingerprint) =>
        Saved(directory, fingerprint) is { } saved && saved.TryLoadModel() ? saved : null; // a damaged model is retrained, not trusted

    /// <summary>
    /// The saved model if its manifest says it was trained on data with this fingerprint, read from disk only when first
    /// needed (<see cref="TryLoadModel"/> or a tag): a run that tags nothing does not pay for loading it.
    /// </summary>
    public static MlNetTopicTagger? Saved(string directory, string fingerprint)
    {
        var manifestPath = Path.Combine(directory, TopicModelTrainer.ManifestFile);
        var modelPath = Path.Combine(directory, TopicModelTrainer.ModelFile);
        if (!File.Exists(manifestPath) || !File.Exists(modelPath)) return null;
        try
        {
            var status = JsonSerializer.Deserialize<TopicModelStatus>(File.ReadAllText(manifestPath));
            if (status is null || status.Fingerprint != fingerprint) return null;
            status = status with { State = "loaded" };
            return new MlNetTopicTagger(() =>
            {
                var ml = new MLContext(seed: TopicModelTrainer.Seed);
                if (ml.Model.Load(modelPath, out _) is not TransformerChain<ITransformer> model)
                    throw new InvalidOperationException("The saved topic model is not a transformer chain.");
                return PartsOf(ml, model, status);
            }, status);
        }
        catch (Exception ex) when (ex is IOException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the model is in memory now (loading it if needed); false when the saved model cannot be loaded.</summary>
    public bool TryLoadModel()
    {
        try
        {
            _ = _parts.Value;
            return true;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether the model has been read into memory (an unavailable tagger has nothing to read).</summary>
    public bool IsLoaded => _parts.IsValueCreated;

    private static MlNetTopicTagger Loaded(MlNetTopicTagger tagger)
    {
        _ = tagger._parts.Value; // a trained model is checked at once
        return tagger;
    }

    public IReadOnlyList<TopicTag> Tag(TopicDocument document)
    {
        var (featurizers, models) = _parts.Value;
        if (featurizers is null) return [];
        var featurizer = featurizers.Get();
        try
        {
            featurizer.Engine.Predict(TopicModelTrainer.DocumentRow.Of(document), ref featurizer.Row);
            var tags = new List<TopicTag>();
            for (var i = 0; i < models.Length; i++)
            {
                var probability = models[i].Probability(featurizer.Row.Features);
                if (probability >= Threshold) tags.Add(new TopicTag(Status.TrainedTopics[i], probability, TopicSource.Model));
            }
            return [.. tags.OrderByDescending(t => t.Confidence)];
        }
        finally
        {
            featurizers.Return(featurizer);
        }
    }
}
