using System.Text.Json;
using CaseGraph.Core.Model;
using CaseGraph.Core.Topics;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CaseGraph.Topics.MLNet;

/// <summary>
/// Serves the trained topic model. A <see cref="PredictionEngine{TSrc,TDst}"/> is not thread-safe, so engines
/// come from a pool, one per concurrent caller.
/// </summary>
public sealed class MlNetTopicTagger : ITopicTagger
{
    public const string ProbabilitiesColumn = "Probabilities";
    public const float Threshold = 0.1f;

    private sealed class Output
    {
        [ColumnName(ProbabilitiesColumn)]
        public float[] Probabilities { get; set; } = [];
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<TopicModelTrainer.TextRow, Output>>
    {
        public PredictionEngine<TopicModelTrainer.TextRow, Output> Create() =>
            ml.Model.CreatePredictionEngine<TopicModelTrainer.TextRow, Output>(model);
        public bool Return(PredictionEngine<TopicModelTrainer.TextRow, Output> obj) => true;
    }

    private readonly ObjectPool<PredictionEngine<TopicModelTrainer.TextRow, Output>>? _engines;

    internal MlNetTopicTagger(MLContext? ml, ITransformer? model, TopicModelStatus status)
    {
        Status = status;
        if (ml is not null && model is not null)
            _engines = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 2 }.Create(new EnginePolicy(ml, model));
    }

    public TopicModelStatus Status { get; }
    public string Fingerprint => Status.Fingerprint;

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
            var model = ml.Model.Load(modelPath, out _);
            return new MlNetTopicTagger(ml, model, status with { State = "loaded" });
        }
        catch (Exception ex) when (ex is IOException or JsonException or InvalidOperationException or FormatException)
        {
            return null; // A damaged model is retrained, not trusted.
        }
    }

    public IReadOnlyList<TopicTag> Tag(string text)
    {
        if (_engines is null) return [];
        var engine = _engines.Get();
        try
        {
            var probabilities = engine.Predict(new TopicModelTrainer.TextRow { Text = text }).Probabilities;
            return probabilities
                .Select((p, i) => new TopicTag(Status.TrainedTopics[i], p, TopicSource.Model))
                .Where(t => t.Confidence >= Threshold)
                .OrderByDescending(t => t.Confidence)
                .ToList();
        }
        finally
        {
            _engines.Return(engine);
        }
    }
}
