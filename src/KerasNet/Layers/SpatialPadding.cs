using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>Output sizes and TensorFlow-style "same" padding for sliding windows over height and width.</summary>
internal static class SpatialPadding
{
    /// <summary>The output length along one axis, or a non-positive number if the window does not fit.</summary>
    public static int OutputLength(int input, int window, int stride, Padding padding) =>
        padding == Padding.Same ? (input + stride - 1) / stride : ((input - window) / stride) + 1;

    /// <summary>
    /// The output shape of a window sliding over an image <c>(h, w, c)</c>, or an error naming the layer when
    /// the input is not an image or the window does not fit.
    /// </summary>
    public static Shape OutputShape(Layer layer, Shape input, Size2D window, Size2D stride, Padding padding, int channels)
    {
        if (input.Rank != 3)
        {
            throw layer.Incompatible(input, "expected an image of rank 3 (height, width, channels)");
        }

        int height = OutputLength(input[0], window.Height, stride.Height, padding);
        int width = OutputLength(input[1], window.Width, stride.Width, padding);
        return height > 0 && width > 0
            ? new Shape(height, width, channels)
            : throw layer.Incompatible(input, $"the {window} window does not fit the image with padding 'valid'");
    }

    /// <summary>Padding (before, after) along one axis for "same": the odd pixel goes after, as in TensorFlow.</summary>
    public static (int Before, int After) Amount(int input, int window, int stride)
    {
        int output = (input + stride - 1) / stride;
        int total = Math.Max(((output - 1) * stride) + window - input, 0);
        return (total / 2, total - (total / 2));
    }

    /// <summary>
    /// The padding of an NCHW tensor for "same" windows: symmetric amounts the op can apply itself, or
    /// null symmetric amounts with the tensor padded explicitly (asymmetric case).
    /// </summary>
    public static (Tensor Input, long[] Symmetric) Apply(Tensor x, Size2D window, Size2D stride, Padding padding, double fill)
    {
        if (padding == Padding.Valid)
        {
            return (x, [0, 0]);
        }

        var (top, bottom) = Amount((int)x.shape[2], window.Height, stride.Height);
        var (left, right) = Amount((int)x.shape[3], window.Width, stride.Width);
        if (top == bottom && left == right)
        {
            return (x, [top, left]);
        }

        return (F.pad(x, [left, right, top, bottom], TorchSharp.PaddingModes.Constant, fill), [0, 0]);
    }
}
