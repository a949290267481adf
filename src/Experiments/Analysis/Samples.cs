using KerasNet.Experiments.Pictures;

namespace KerasNet.Experiments.Analysis;

/// <summary>Picking test samples and turning them into picture panels.</summary>
public static class Samples
{
    /// <summary>Each sample's label: the argmax of a one-hot row, or the value of a sparse target.</summary>
    public static int[] Labels(NDArray<float> y)
    {
        ArgumentNullException.ThrowIfNull(y);
        int size = y.SampleSize;
        return [.. Enumerable.Range(0, y.Count).Select(i => size == 1 ? (int)y.Data[i] : ArgMax(y.Data.AsSpan(i * size, size)))];
    }

    /// <summary>The index of the first sample of each class 0, 1, 2, … (as many as <paramref name="count"/>, classes present only).</summary>
    public static IReadOnlyList<int> FirstOfEachClass(NDArray<float> y, int count)
    {
        var labels = Labels(y);
        return [.. labels.Distinct().Order().Take(count).Select(label => Array.IndexOf(labels, label))];
    }

    /// <summary>The index of the largest value.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

    /// <summary>One image of a <c>(samples, height, width, channels)</c> array as a panel of intensities.</summary>
    public static ImagePanel Image(NDArray<float> images, int index, string caption)
    {
        var (height, width, channels) = ImageShape(images);
        return new ImagePanel(Row(images, index), height, width, channels, caption, PanelScale.Intensity);
    }

    /// <summary>One map of a <c>(samples, height, width)</c> array as a viridis panel.</summary>
    public static ImagePanel Map(NDArray<float> maps, int index, string caption)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return ImagePanel.Map(Row(maps, index), maps.Shape[1], maps.Shape[2], caption);
    }

    /// <summary>An image of <paramref name="images"/> with a map of <paramref name="maps"/> laid over it.</summary>
    public static ImagePanel Blend(NDArray<float> images, int imageIndex, NDArray<float> maps, int mapIndex, string caption)
    {
        ArgumentNullException.ThrowIfNull(maps);
        var (height, width, channels) = ImageShape(images);
        return Overlay.Blend(Row(images, imageIndex), height, width, channels, Row(maps, mapIndex), maps.Shape[1], maps.Shape[2], caption);
    }

    /// <summary>The values of one sample.</summary>
    public static float[] Row(NDArray<float> array, int index)
    {
        ArgumentNullException.ThrowIfNull(array);
        return array.Data.AsSpan(index * array.SampleSize, array.SampleSize).ToArray();
    }

    private static (int Height, int Width, int Channels) ImageShape(NDArray<float> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        return images.Shape.Count == 4
            ? (images.Shape[1], images.Shape[2], images.Shape[3])
            : throw new ArgumentException($"Expected images (samples, height, width, channels). Received shape ({string.Join(", ", images.Shape)}).", nameof(images));
    }
}
