using KerasNet.Backend;
using KerasNet.Data;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments;

/// <summary>Applies a config's <see cref="DataSelection"/> to a loaded dataset, before the experiment prepares it.</summary>
public static class DataSelector
{
    /// <summary>
    /// The dataset as a run of <paramref name="seed"/> sees it: selected training samples and, as the "test" pair, the
    /// samples it is validated on (the selected test samples, or the held-out part of the training samples).
    /// </summary>
    /// <exception cref="ConfigurationException">A selection does not fit the dataset (an index or count beyond a set).</exception>
    public static ImageDataset Select(ImageDataset data, DataSelection? selection, int seed, string configName)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (selection is null)
        {
            return data;
        }

        var (x, y) = Samples(data, selection.Train, "train", configName);
        var (testX, testY) = Samples(data, selection.Test, "test", configName);
        if (selection.Classes is { } classes)
        {
            (x, y) = DataUtilities.FilterClasses(x, y, classes, relabel: true);
            (testX, testY) = DataUtilities.FilterClasses(testX, testY, classes, relabel: true);
        }

        if (selection.HeldOutValidation is { } fraction)
        {
            int validation = (int)Math.Round(x.Count * fraction);
            if (validation < 1 || validation >= x.Count)
            {
                throw new ConfigurationException($"{configName}: data.heldOutValidation {fraction} of {x.Count} training samples leaves no training or no validation data.");
            }

            var order = new DataRandom((ulong)seed).Permutation(x.Count);
            var kept = order[..^validation].ToList();
            var heldOut = order[^validation..].ToList();
            return new ImageDataset(x.Take(kept), y.Take(kept), x.Take(heldOut), y.Take(heldOut));
        }

        return new ImageDataset(x, y, testX, testY);
    }

    /// <summary>Whether runs of different seeds see different data (a held-out validation set is drawn per seed).</summary>
    public static bool DependsOnSeed(DataSelection? selection) => selection?.HeldOutValidation is not null;

    private static (NDArray<byte> X, NDArray<byte> Y) Samples(ImageDataset data, SampleSelection? selection, string role, string configName)
    {
        string from = selection?.From ?? role;
        var (x, y) = from == "train" ? (data.XTrain, data.YTrain) : (data.XTest, data.YTest);
        if (selection?.Indices is { } indices)
        {
            int bad = indices.FirstOrDefault(i => i >= x.Count, -1);
            (x, y) = bad < 0
                ? (x.Take(indices), y.Take(indices))
                : throw new ConfigurationException($"{configName}: data.{role}.indices names sample {bad}, but the {from} set has {x.Count}.");
        }

        if (selection?.First is { } first)
        {
            (x, y) = first <= x.Count
                ? (x.Slice(0, first), y.Slice(0, first))
                : throw new ConfigurationException($"{configName}: data.{role}.first is {first}, but only {x.Count} samples are selected from the {from} set.");
        }

        return (x, y);
    }
}
