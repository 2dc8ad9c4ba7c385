using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CaseGraph.Semantic;

/// <summary>
/// Dot products of int8 rows with a query quantized to int16, in exact integer arithmetic: the same result on every
/// machine, whichever path computes it. On x64 with AVX2 each 32 components take two widenings and two multiply-adds
/// (<c>vpmaddwd</c>); elsewhere a portable 128-bit widening path. TensorPrimitives has no widening int8 dot product and
/// converts int8 to float one component at a time (17 ms for 100k rows of 384, against 2 ms here; docs/semantic.md).
/// </summary>
internal static class Int8DotProduct
{
    /// <summary>Past this many components a 32-bit sum could overflow (512 x 127 x 32767 is just under 2^31).</summary>
    public const int MaxDimensions = 512;

    /// <summary>The query as int16 components and the scale that turns an integer dot product back into floats.</summary>
    public static (short[] Components, float Scale) QuantizeQuery(ReadOnlySpan<float> query)
    {
        var max = 0f;
        foreach (var x in query) max = Math.Max(max, Math.Abs(x));
        var components = new short[query.Length];
        if (max == 0f || !float.IsFinite(max)) return (components, 0f);
        var scale = max / short.MaxValue;
        for (var i = 0; i < query.Length; i++) components[i] = (short)Math.Clamp(MathF.Round(query[i] / scale), -short.MaxValue, short.MaxValue);
        return (components, scale);
    }

    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query) => Avx2.IsSupported ? DotAvx2(row, query) : DotPortable(row, query);

    internal static int DotAvx2(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query)
    {
        var acc = Vector256<int>.Zero;
        var i = 0;
        for (; i + 32 <= row.Length; i += 32)
        {
            var (low, high) = Vector256.Widen(Vector256.Create(row.Slice(i, 32)));
            acc += Avx2.MultiplyAddAdjacent(low, Vector256.Create(query.Slice(i, 16)));
            acc += Avx2.MultiplyAddAdjacent(high, Vector256.Create(query.Slice(i + 16, 16)));
        }
        return Vector256.Sum(acc) + Scalar(row[i..], query[i..]);
    }

    internal static int DotPortable(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query)
    {
        var acc = Vector128<int>.Zero;
        var i = 0;
        for (; i + 16 <= row.Length; i += 16)
        {
            var (low, high) = Vector128.Widen(Vector128.Create(row.Slice(i, 16)));
            acc += MultiplyWidening(low, Vector128.Create(query.Slice(i, 8)));
            acc += MultiplyWidening(high, Vector128.Create(query.Slice(i + 8, 8)));
        }
        return Vector128.Sum(acc) + Scalar(row[i..], query[i..]);
    }

    private static Vector128<int> MultiplyWidening(Vector128<short> a, Vector128<short> b)
    {
        var (a0, a1) = Vector128.Widen(a);
        var (b0, b1) = Vector128.Widen(b);
        return a0 * b0 + a1 * b1;
    }

    private static int Scalar(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query)
    {
        var sum = 0;
        for (var i = 0; i < row.Length; i++) sum += row[i] * query[i];
        return sum;
    }
}
