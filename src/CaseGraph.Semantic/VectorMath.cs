using System.Numerics.Tensors;

namespace CaseGraph.Semantic;

internal static class VectorMath
{
    public static float[] Normalized(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0) TensorPrimitives.Divide(vector, norm, vector);
        return vector;
    }
}
