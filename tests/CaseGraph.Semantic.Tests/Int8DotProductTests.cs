using System.Runtime.Intrinsics.X86;

namespace CaseGraph.Semantic.Tests;

public class Int8DotProductTests
{
    [Theory]
    [InlineData(384)]
    [InlineData(45)] // not a multiple of the vector width: the tail is summed one by one
    [InlineData(Int8DotProduct.MaxDimensions)]
    public void Every_path_gives_the_exact_integer_dot_product_also_at_the_extremes(int dimensions)
    {
        var random = new Random(dimensions);
        var row = new sbyte[dimensions];
        var query = new short[dimensions];
        for (var i = 0; i < dimensions; i++) (row[i], query[i]) = ((sbyte)random.Next(-127, 128), (short)random.Next(-32767, 32768));
        var extremes = (Row: Enumerable.Repeat((sbyte)127, dimensions).ToArray(), Query: Enumerable.Repeat(short.MaxValue, dimensions).ToArray());

        foreach (var (r, q) in new[] { (row, query), extremes })
        {
            var exact = r.Zip(q).Sum(p => (long)p.First * p.Second);
            Assert.Equal(exact, Int8DotProduct.Dot(r, q));
            Assert.Equal(exact, Int8DotProduct.DotPortable(r, q));
            if (Avx2.IsSupported) Assert.Equal(exact, Int8DotProduct.DotAvx2(r, q));
        }
    }

    [Fact]
    public void A_quantized_query_keeps_its_components_to_within_half_a_step()
    {
        var query = RandomVectors.Unit(new Random(3), 384);
        var (components, scale) = Int8DotProduct.QuantizeQuery(query);
        Assert.All(query.Zip(components), p => Assert.True(Math.Abs(p.First - p.Second * scale) <= scale / 2 + 1e-7f));
        var (zeros, zeroScale) = Int8DotProduct.QuantizeQuery(new float[3]);
        Assert.Equal((short[])[0, 0, 0], zeros);
        Assert.Equal(0f, zeroScale);
    }
}
