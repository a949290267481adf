using System.Numerics;

namespace KerasNet.Models;

/// <summary>The vectorized float loops <see cref="FusedDenseStep"/> is made of, over raw memory.</summary>
internal static unsafe class VectorLoops
{
    /// <summary><c>y += alpha · x</c> over <paramref name="n"/> floats.</summary>
    public static void Axpy(float alpha, float* x, float* y, int n)
    {
        int i = 0;
        var scale = new Vector<float>(alpha);
        for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
        {
            Vector.Store(Vector.FusedMultiplyAdd(scale, Vector.Load(x + i), Vector.Load(y + i)), y + i);
        }

        for (; i < n; i++)
        {
            y[i] = MathF.FusedMultiplyAdd(alpha, x[i], y[i]);
        }
    }

    /// <summary>The dot product of <paramref name="n"/> floats.</summary>
    public static float Dot(float* x, float* y, int n)
    {
        int i = 0;
        var sums = Vector<float>.Zero;
        for (; i <= n - Vector<float>.Count; i += Vector<float>.Count)
        {
            sums = Vector.FusedMultiplyAdd(Vector.Load(x + i), Vector.Load(y + i), sums);
        }

        float sum = Vector.Sum(sums);
        for (; i < n; i++)
        {
            sum = MathF.FusedMultiplyAdd(x[i], y[i], sum);
        }

        return sum;
    }

    /// <summary>The largest of <paramref name="n"/> floats (at least one).</summary>
    public static float Max(float* values, int n)
    {
        float max = values[0];
        for (int i = 1; i < n; i++)
        {
            max = MathF.Max(max, values[i]);
        }

        return max;
    }

    /// <summary>The first index of the largest value (a NaN counts as largest), as PyTorch's <c>argmax</c>.</summary>
    public static int ArgMax(float* values, int n)
    {
        int best = 0;
        for (int i = 1; i < n; i++)
        {
            if (values[i] > values[best] || (float.IsNaN(values[i]) && !float.IsNaN(values[best])))
            {
                best = i;
            }
        }

        return best;
    }
}
