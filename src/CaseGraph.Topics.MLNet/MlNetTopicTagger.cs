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

    private readonly ObjectPool<Featurizer>? _featurizers;
    private readonly LinearTopicModel[] _models = [];

    private MlNetTopicTagger(MLContext? ml, TransformerChain<ITransformer>? model, TopicModelStatus status)
    {
        Status = status;
        if (ml is null || model is null) return;
        _featurizers = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }
            .Create(new FeaturizerPolicy(ml, model.First()));
        _models = model.OfType<BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>>()
            .Select(t => LinearTopicModel.From(t.Model)).ToArray();
        if (_models.Length != status.TrainedTopics.Count)
            throw new InvalidOperationException($"The topic model has {_models.Length} classifiers for {status.TrainedTopics.Count} topics.");
    }

    public TopicModelStatus Status { get; }
    public string Fingerprint => Status.Fingerprint;

    internal static MlNetTopicTagger From(MLContext ml, TransformerChain<ITransformer> model, TopicModelStatus status) => new(ml, model, status);

    public static MlNetTopicTagger Unavailable(TopicModelStatus status) => new(null, null, status);

    /// <summary>Loads a saved model if its manifest says it was trained on data with this fingerprint.</summary>
    public static MlNetTopicTagger? TryLoad(string directory, string fingerprint)
    {
        var manifestPath = Path.Combine(directory, TopicModelTrainer.ManifestFile);
        var modelPath = Path.Combine(directory, TopicModelTrainer.ModelFile);
        if (!File.Exists(manifestPath) || !File.Exists(modelPath)) return null;
        try
        {
            var status = JsonSerializer.Deserialize<TopicModelStatus>(File.ReadAllText(manifestPath));
            if (status is null || status.Fingerprint != fingerprint) return null;
            var ml = new MLContext(seed: TopicModelTrainer.Seed);
            if (ml.Model.Load(modelPath, out _) is not TransformerChain<ITransformer> model) return null;
            return new MlNetTopicTagger(ml, model, status with { State = "loaded" });
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException or FormatException)
        {
            return null; // A damaged model is retrained, not trusted.
        }
    }

    public IReadOnlyList<TopicTag> Tag(TopicDocument document)
    {
        if (_featurizers is null) return [];
        var featurizer = _featurizers.Get();
        try
        {
            featurizer.Engine.Predict(TopicModelTrainer.DocumentRow.Of(document), ref featurizer.Row);
            var tags = new List<TopicTag>();
            for (var i = 0; i < _models.Length; i++)
            {
                var probability = _models[i].Probability(featurizer.Row.Features);
                if (probability >= Threshold) tags.Add(new TopicTag(Status.TrainedTopics[i], probability, TopicSource.Model));
            }
            return [.. tags.OrderByDescending(t => t.Confidence)];
        }
        finally
        {
            _featurizers.Return(featurizer);
        }
    }
}
