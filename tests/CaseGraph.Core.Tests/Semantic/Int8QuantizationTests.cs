using CaseGraph.Core.Semantic;

namespace CaseGraph.Core.Tests.Semantic;

public class Int8QuantizationTests
{
    [Fact]
    public void Each_component_comes_back_within_half_a_step()
    {
        var random = new Random(7);
        var vector = Enumerable.Range(0, 384).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var quantized = new sbyte[vector.Length];

        var scale = Int8Quantization.Quantize(vector, quantized);
        var back = Int8Quantization.Dequantize(quantized, scale);

        Assert.Equal(vector.Max(Math.Abs) / 127f, scale, 6);
        Assert.All(vector.Zip(back), p => Assert.True(Math.Abs(p.First - p.Second) <= scale / 2 + 1e-6f));
        Assert.Contains(quantized, q => Math.Abs((int)q) == 127);
    }

    [Fact]
    public void A_zero_vector_has_scale_zero_and_a_non_finite_component_is_refused()
    {
        var quantized = new sbyte[3];
        Assert.Equal(0f, Int8Quantization.Quantize([0f, 0f, 0f], quantized));
        Assert.All(quantized, q => Assert.Equal(0, q));
        Assert.Throws<ArgumentException>(() => Int8Quantization.Quantize([1f, float.NaN, 0f], quantized));
        Assert.Throws<ArgumentException>(() => Int8Quantization.Quantize([1f, 0f], quantized));
    }
}
