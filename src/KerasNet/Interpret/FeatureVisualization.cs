using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>
/// What a conv net computes, as pictures: the feature maps of its conv and pooling layers, its filters, and their
/// 2-D DFT magnitude spectra (report nanavati2021 §4–§5).
/// </summary>
public static class FeatureVisualization
{
    /// <summary>The output of every Conv2D and pooling layer for <paramref name="images"/>, in layer order; each <c>(samples, height, width, channels)</c>.</summary>
    public static IReadOnlyList<(string Layer, NDArray<float> Maps)> FeatureMaps(Sequential model, NDArray<float> images)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        model.CheckInputs(images, nameof(images));
        using var scope = NewDisposeScope();
        using var inference = inference_mode();
        var maps = new List<(string, NDArray<float>)>();
        var x = TensorConversion.ToInternal(images);
        foreach (var layer in model.Layers)
        {
            x = layer.Call(x, training: false);
            if (layer is Conv2D or Pooling2D)
            {
                maps.Add((layer.Name, TensorConversion.ToArray(x)));
            }
        }

        return maps;
    }

    /// <summary>A Conv2D layer's kernel in Keras layout <c>(kernel height, kernel width, input channels, filters)</c>.</summary>
    public static NDArray<float> Filters(Sequential model, string layerName)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Layers[ModelTrace.IndexOf(model, layerName)] is Conv2D conv
            ? conv.Weights.First(w => w.Name == "kernel").GetValue()
            : throw new ArgumentException($"Layer '{layerName}' is not a Conv2D layer.", nameof(layerName));
    }

    /// <summary>
    /// The centred log-magnitude spectrum <c>log(1 + |DFT|)</c> of every 2-D plane in <paramref name="planes"/> (the last
    /// two axes are height and width), zero-padded to <paramref name="size"/>×<paramref name="size"/> when given (to see a
    /// small filter's response finely). Zero frequency sits at (⌊h/2⌋, ⌊w/2⌋).
    /// </summary>
    public static NDArray<float> Spectrum(NDArray<float> planes, int? size = null)
    {
        ArgumentNullException.ThrowIfNull(planes);
        if (planes.Shape.Count < 2)
        {
            throw new ArgumentException($"Expected at least two axes (height, width). Received shape {Shape.Format([.. planes.Shape])}.", nameof(planes));
        }

        int height = planes.Shape[^2];
        int width = planes.Shape[^1];
        if (size is { } s && (s < height || s < width))
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"Expected a size of at least {Math.Max(height, width)}. Received: {s}");
        }

        using var scope = NewDisposeScope();
        var values = tensor(planes.Data, planes.Shape.Select(d => (long)d).ToArray());
        long[]? padded = size is { } n ? [n, n] : null;
        var spectrum = fft.fftshift(fft.fft2(values, padded), [-2, -1]).abs().log1p().to(ScalarType.Float32).contiguous();
        return new NDArray<float>(spectrum.data<float>().ToArray(), spectrum.shape.Select(d => (int)d).ToArray());
    }

    /// <summary>Moves the channel axis of channels-last maps <c>(…, height, width, channels)</c> in front of height and width, for <see cref="Spectrum"/>.</summary>
    public static NDArray<float> ChannelsFirst(NDArray<float> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        int rank = maps.Shape.Count;
        if (rank < 3)
        {
            throw new ArgumentException("Expected at least (height, width, channels).", nameof(maps));
        }

        using var scope = NewDisposeScope();
        long[] order = [.. Enumerable.Range(0, rank - 3).Select(i => (long)i), rank - 1, rank - 3, rank - 2];
        var moved = tensor(maps.Data, maps.Shape.Select(d => (long)d).ToArray()).permute(order).contiguous();
        return new NDArray<float>(moved.data<float>().ToArray(), moved.shape.Select(d => (int)d).ToArray());
    }
}
