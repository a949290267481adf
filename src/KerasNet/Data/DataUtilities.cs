using KerasNet.Backend;

namespace KerasNet.Data;

/// <summary>The array preparations the reports do in numpy/Keras: scale, one-hot, subsets and splits.</summary>
public static class DataUtilities
{
    /// <summary>
    /// <c>x / scale + offset</c> as float32 (computed in double then rounded, as numpy's <c>x / 255.0</c> then a float32 cast);
    /// <c>x / 255</c> by default, <c>x / 127.5 − 1</c> maps pixels to [−1, 1].
    /// </summary>
    public static NDArray<float> Normalize(NDArray<byte> images, double scale = 255.0, double offset = 0)
    {
        ArgumentNullException.ThrowIfNull(images);
        var table = Enumerable.Range(0, 256).Select(v => (float)((v / scale) + offset)).ToArray();
        return new NDArray<float>(Array.ConvertAll(images.Data, v => table[v]), [.. images.Shape]);
    }

    /// <summary>Adds a trailing channel axis: <c>(n, h, w)</c> → <c>(n, h, w, 1)</c>, as Conv2D inputs need.</summary>
    public static NDArray<T> ExpandChannels<T>(NDArray<T> images)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(images);
        return images.Reshape([.. images.Shape, 1]);
    }

    /// <summary>One-hot rows (Keras <c>to_categorical</c>) from labels of shape <c>(n)</c> or <c>(n, 1)</c>.</summary>
    /// <exception cref="ArgumentException">A label is not below <paramref name="classes"/>.</exception>
    public static NDArray<float> ToCategorical(NDArray<byte> labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        RequireLabels(labels);
        var oneHot = new float[labels.Count * classes];
        for (int i = 0; i < labels.Count; i++)
        {
            int label = labels.Data[i];
            if (label >= classes)
            {
                throw new ArgumentException($"Label {label} at index {i} is not below classes={classes}.", nameof(labels));
            }

            oneHot[(i * classes) + label] = 1;
        }

        return new NDArray<float>(oneHot, labels.Count, classes);
    }

    /// <summary>Labels as float class indices <c>(n)</c>, for the sparse losses.</summary>
    public static NDArray<float> ToIndices(NDArray<byte> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        RequireLabels(labels);
        return new NDArray<float>(Array.ConvertAll(labels.Data, v => (float)v), labels.Count);
    }

    /// <summary>The first <paramref name="count"/> samples (the reports' "first 5000 images").</summary>
    public static (NDArray<T> X, NDArray<byte> Y) TakeFirst<T>(NDArray<T> x, NDArray<byte> y, int count)
        where T : unmanaged
    {
        RequirePaired(x, y);
        return count >= 0 && count <= x.Count
            ? (x.Slice(0, count), y.Slice(0, count))
            : throw new ArgumentOutOfRangeException(nameof(count), $"Cannot take {count} of {x.Count} samples.");
    }

    /// <summary>
    /// The samples whose label is one of <paramref name="classes"/>, in their original order; with
    /// <paramref name="relabel"/>, labels become positions in <paramref name="classes"/> (report highsmith2019's
    /// digits 3 and 1 become 0 and 1).
    /// </summary>
    public static (NDArray<T> X, NDArray<byte> Y) FilterClasses<T>(NDArray<T> x, NDArray<byte> y, IReadOnlyList<int> classes, bool relabel = false)
        where T : unmanaged
    {
        RequirePaired(x, y);
        ArgumentNullException.ThrowIfNull(classes);
        var position = new Dictionary<int, int>();
        for (int i = 0; i < classes.Count; i++)
        {
            position.TryAdd(classes[i], i);
        }

        var kept = Enumerable.Range(0, y.Count).Where(i => position.ContainsKey(y.Data[i])).ToList();
        var labels = y.Take(kept);
        if (relabel)
        {
            for (int i = 0; i < labels.Data.Length; i++)
            {
                labels.Data[i] = (byte)position[labels.Data[i]];
            }
        }

        return (x.Take(kept), labels);
    }

    /// <summary>
    /// <paramref name="perClass"/> samples of every class present, chosen by the pinned generator from
    /// <paramref name="seed"/>, returned in their original order.
    /// </summary>
    /// <exception cref="ArgumentException">A class has fewer samples than asked.</exception>
    public static (NDArray<T> X, NDArray<byte> Y) StratifiedSubset<T>(NDArray<T> x, NDArray<byte> y, int perClass, ulong seed)
        where T : unmanaged
    {
        RequirePaired(x, y);
        var random = new DataRandom(seed);
        var chosen = new List<int>();
        foreach (var group in Enumerable.Range(0, y.Count).GroupBy(i => y.Data[i]).OrderBy(g => g.Key))
        {
            var members = group.ToArray();
            if (members.Length < perClass)
            {
                throw new ArgumentException($"Class {group.Key} has {members.Length} samples; {perClass} were asked for.", nameof(perClass));
            }

            chosen.AddRange(random.Permutation(members.Length).Take(perClass).Select(p => members[p]));
        }

        chosen.Sort();
        return (x.Take(chosen), y.Take(chosen));
    }

    /// <summary>Splits off the last <paramref name="fraction"/> of the samples as validation data, as Keras's <c>validation_split</c> does.</summary>
    public static ((NDArray<T> X, NDArray<byte> Y) Train, (NDArray<T> X, NDArray<byte> Y) Validation) SplitValidation<T>(NDArray<T> x, NDArray<byte> y, double fraction)
        where T : unmanaged
    {
        RequirePaired(x, y);
        int splitAt = (int)Math.Floor(x.Count * (1.0 - fraction));
        if (fraction is <= 0 or >= 1 || splitAt == 0 || splitAt == x.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), $"Cannot split {x.Count} samples with fraction={fraction}.");
        }

        return ((x.Slice(0, splitAt), y.Slice(0, splitAt)), (x.Slice(splitAt, x.Count - splitAt), y.Slice(splitAt, x.Count - splitAt)));
    }

    private static void RequireLabels(NDArray<byte> labels)
    {
        if (labels.SampleSize != 1)
        {
            throw new ArgumentException($"Expected labels of shape (n) or (n, 1). Received: {Shape.Format(labels.Shape)}", nameof(labels));
        }
    }

    private static void RequirePaired<T>(NDArray<T> x, NDArray<byte> y)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireLabels(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x has {x.Count} samples but y has {y.Count}.", nameof(y));
        }
    }
}
