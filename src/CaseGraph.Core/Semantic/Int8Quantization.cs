namespace CaseGraph.Core.Semantic;

/// <summary>
/// Symmetric int8 quantization with one scale per vector: each component becomes round(x / scale) with
/// scale = max |x| / 127, so a component is off by at most scale / 2. Pure.
/// </summary>
public static class Int8Quantization
{
    /// <summary>Writes the quantized components into <paramref name="into"/> and returns the scale (0 for a zero vector).</summary>
    public static float Quantize(ReadOnlySpan<float> vector, Span<sbyte> into)
    {
        if (into.Length != vector.Length) throw new ArgumentException("The target holds a different number of components.", nameof(into));
        var max = 0f;
        foreach (var x in vector)
        {
            if (!float.IsFinite(x)) throw new ArgumentException("A vector component is not a finite number.", nameof(vector));
            max = Math.Max(max, Math.Abs(x));
        }
        if (max == 0f)
        {
            into.Clear();
            return 0f;
        }
        var scale = max / 127f;
        for (var i = 0; i < vector.Length; i++) into[i] = (sbyte)Math.Clamp(MathF.Round(vector[i] / scale), -127f, 127f);
        return scale;
    }

    public static float[] Dequantize(ReadOnlySpan<sbyte> quantized, float scale)
    {
        var vector = new float[quantized.Length];
        for (var i = 0; i < quantized.Length; i++) vector[i] = quantized[i] * scale;
        return vector;
    }
}
