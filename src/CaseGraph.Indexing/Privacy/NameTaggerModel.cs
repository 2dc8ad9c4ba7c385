using CaseGraph.Core.Privacy;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CaseGraph.Indexing.Privacy;

/// <summary>A labelled text for the name tagger: where its names are.</summary>
public sealed record NameExample(string Text, IReadOnlyList<(int Start, int End)> Names);

/// <summary>
/// Trains, saves and loads the learned name tagger (<see cref="NameTagger"/>): an ML.NET L-BFGS logistic regression on
/// each word's hashed features, one example per word (a word inside a labelled name is a positive). The trained model
/// ships as an ML.NET zip embedded in this assembly (Privacy/name-tagger.zip, made by `casegraph-quality train-names`);
/// its weights are read out once so that scanning is a sparse dot product, as the topic tagger's are. Seeded and
/// single-threaded: the same examples give the same model.
/// </summary>
public static class NameTaggerModel
{
    public const int Seed = 20261207;

    /// <summary>The least probability of a name that makes a finding, chosen on the seventh blind set (docs/identifier-screen.md).</summary>
    public const double DefaultProbability = 0.5;

    private const string Resource = "CaseGraph.Indexing.Privacy.name-tagger.zip";

    private sealed class WordRow
    {
        [VectorType(NameTokenFeatures.Dimension)]
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }

    /// <summary>The model that ships with the screen; null when the assembly carries none (then the cues and lists work alone).</summary>
    public static NameTagger? Bundled(double probability = DefaultProbability)
    {
        using var stream = typeof(NameTaggerModel).Assembly.GetManifestResourceStream(Resource);
        return stream is null ? null : Load(stream, probability);
    }

    public static NameTagger Load(Stream zip, double probability = DefaultProbability)
    {
        var ml = new MLContext(seed: Seed);
        var model = ml.Model.Load(zip, out _);
        if (model is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> predictor)
            throw new InvalidDataException($"The name tagger model is a {model.GetType().Name}, not a calibrated linear model");
        return Tagger(predictor.Model, probability);
    }

    /// <summary>Trains on the examples and saves the ML.NET model to <paramref name="zipPath"/>.</summary>
    public static NameTagger Train(IEnumerable<NameExample> examples, PhiLexicon lexicon, string zipPath, double probability = DefaultProbability,
        Action<string>? progress = null)
    {
        var ml = new MLContext(seed: Seed);
        var rows = Rows(examples, lexicon).ToList();
        progress?.Invoke($"{rows.Count:N0} words, {rows.Count(r => r.Label):N0} of them in names");
        var data = ml.Data.Cache(ml.Data.LoadFromEnumerable(rows));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(WordRow.Label),
            FeatureColumnName = nameof(WordRow.Features),
            NumberOfThreads = 1,
            L2Regularization = 1f,
            L1Regularization = 0.5f,
            OptimizationTolerance = 1e-5f,
            MaximumNumberOfIterations = 300,
        });
        var model = trainer.Fit(data);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        ml.Model.Save(model, data.Schema, zipPath);
        return Tagger(model.Model, probability);
    }

    private static IEnumerable<WordRow> Rows(IEnumerable<NameExample> examples, PhiLexicon lexicon)
    {
        var features = new List<int>(32);
        foreach (var example in examples)
        {
            var tokens = NameTokenFeatures.Tokens(example.Text);
            var infos = NameTokenFeatures.Describe(example.Text, tokens, lexicon);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!NameTokenFeatures.CouldBeName(infos[i])) continue;
                features.Clear();
                NameTokenFeatures.Extract(infos, i, features);
                var (start, end) = (tokens[i].Start, tokens[i].End);
                yield return new WordRow { Features = Sparse(features), Label = example.Names.Any(n => n.Start < end && start < n.End) };
            }
        }
    }

    private static VBuffer<float> Sparse(List<int> features)
    {
        features.Sort();
        var indices = new List<int>(features.Count);
        var values = new List<float>(features.Count);
        foreach (var f in features)
        {
            if (indices.Count > 0 && indices[^1] == f) values[^1] += 1;
            else { indices.Add(f); values.Add(1); }
        }
        return new VBuffer<float>(NameTokenFeatures.Dimension, indices.Count, [.. values], [.. indices]);
    }

    /// <summary>ML.NET's probability is 1 / (1 + exp(slope * (w.x + b) + offset)): folded into the weights the tagger sums.</summary>
    private static NameTagger Tagger(CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model, double probability)
    {
        var slope = (float)model.Calibrator.Slope;
        var weights = model.SubModel.Weights.Select(w => -slope * w).ToArray();
        return new NameTagger(weights, -slope * model.SubModel.Bias - (float)model.Calibrator.Offset, probability);
    }
}
