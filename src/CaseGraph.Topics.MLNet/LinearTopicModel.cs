using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace CaseGraph.Topics.MLNet;

/// <summary>
/// One topic's trained logistic regression, read out of the ML.NET model: a sparse dot product and ML.NET's Platt
/// calibration give the same probability as the model's own scorer, without a transformer per topic in the
/// prediction path.
/// </summary>
internal sealed class LinearTopicModel
{
    private readonly float[] _weights;
    private readonly float _bias;
    private readonly double _slope, _offset;

    private LinearTopicModel(float[] weights, float bias, double slope, double offset) =>
        (_weights, _bias, _slope, _offset) = (weights, bias, slope, offset);

    public static LinearTopicModel From(CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> model) =>
        new([.. model.SubModel.Weights], model.SubModel.Bias, model.Calibrator.Slope, model.Calibrator.Offset);

    public float Probability(in VBuffer<float> features)
    {
        var values = features.GetValues();
        double score = _bias;
        if (features.IsDense)
        {
            for (var i = 0; i < values.Length; i++) score += _weights[i] * values[i];
        }
        else
        {
            var indices = features.GetIndices();
            for (var i = 0; i < values.Length; i++) score += _weights[indices[i]] * values[i];
        }
        return (float)(1 / (1 + Math.Exp(_slope * score + _offset))); // PlattCalibrator.PredictProbability
    }
}
