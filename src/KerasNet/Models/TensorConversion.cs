using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>Moves arrays between Keras's channels-last layout and the internal NCHW tensors on <see cref="Backend.Engine.Device"/>.</summary>
internal static class TensorConversion
{
    /// <summary>A tensor holding <paramref name="array"/> as <paramref name="dtype"/> (default: <see cref="Backend.FloatX"/>); images (rank 4) become NCHW.</summary>
    public static Tensor ToInternal(NDArray<float> array, ScalarType? dtype = null)
    {
        var dims = array.Shape.Select(d => (long)d).ToArray();
        var values = tensor(array.Data, dims);
        var target = dtype ?? Backend.FloatX.Dtype;
        if (target != ScalarType.Float32)
        {
            values = values.to(target);
        }

        return Backend.Engine.Place(dims.Length == 4 ? values.permute(0, 3, 1, 2).contiguous() : values);
    }

    /// <summary>Targets as a tensor: int64 class indices for a sparse loss, otherwise <paramref name="dtype"/> (default: <see cref="Backend.FloatX"/>) in the internal layout.</summary>
    public static Tensor ToTargets(NDArray<float> targets, bool classIndices, ScalarType? dtype = null) =>
        classIndices ? Backend.Engine.Place(tensor(targets.Data).to(ScalarType.Int64)) : ToInternal(targets, dtype);

    /// <summary>An array from an internal tensor; NCHW images become channels-last.</summary>
    public static NDArray<float> ToArray(Tensor values)
    {
        var keras = values.dim() == 4 ? values.permute(0, 2, 3, 1) : values;
        keras = keras.to(ScalarType.Float32).cpu().contiguous();
        return new NDArray<float>(keras.data<float>().ToArray(), keras.shape.Select(d => (int)d).ToArray());
    }
}
