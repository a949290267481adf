using System.Diagnostics;
using KerasNet.Architectures;
using KerasNet.Backend;
using KerasNet.Data;
using KerasNet.Models;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// A report's four seeds of one dense model, trained one after the other (four <c>Fit</c> calls) and in lockstep (one
/// <see cref="Lockstep.Fit"/>), alternating one epoch of each on the same synthetic data; medians of the epoch times.
/// </summary>
public sealed class SeedsBenchmark(int samples, int epochs, int threads, Action<string> report)
{
    private static readonly int[] Seeds = [1, 2, 3, 4];

    /// <summary>Measures one model at one batch size with SGD (lr 0.01).</summary>
    public SeedsBenchmarkResult Run(string modelName, int batchSize)
    {
        Engine.SetThreads(threads);
        var (x, y) = SyntheticData(modelName, samples);
        var sequentialModels = Seeds.Select(seed => Build(modelName, seed)).ToList();
        var lockstepCopies = Seeds.Select(seed => new LockstepCopy(Build(modelName, seed), seed)).ToList();
        var sequential = new List<double>();
        var lockstep = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            sequentialModels.ForEach(m => m.Fit(x, y, batchSize: batchSize, epochs: 1));
            sequential.Add(clock.Elapsed.TotalSeconds / Seeds.Length);
            clock.Restart();
            Lockstep.Fit(lockstepCopies, x, y, batchSize: batchSize, epochs: 1);
            lockstep.Add(clock.Elapsed.TotalSeconds / Seeds.Length);
            report($"  {modelName} batch {batchSize} epoch {epoch + 1}/{epochs}: sequential {sequential[^1]:F3} s, lockstep {lockstep[^1]:F3} s per seed");
        }

        return new SeedsBenchmarkResult(modelName, batchSize, samples, Seeds.Length, Median(sequential), Median(lockstep), epochs, FlopCounter.TrainingPerSample(sequentialModels[0]));
    }

    /// <summary>Synthetic inputs of a catalog model's input shape (pixels in [0, 1]) and one-hot targets of 10 classes, the same on every call.</summary>
    internal static (NDArray<float> X, NDArray<float> Y) SyntheticData(string modelName, int samples)
    {
        var shape = ModelCatalog.Get(modelName).InputShape.Dimensions.ToArray();
        var random = new DataRandom(7);
        int size = shape.Aggregate(1, (p, d) => p * d);
        var x = new NDArray<float>([.. Enumerable.Range(0, samples * size).Select(_ => random.NextInt(256) / 255f)], [samples, .. shape]);
        var y = DataUtilities.ToCategorical(new NDArray<byte>([.. Enumerable.Range(0, samples).Select(_ => (byte)random.NextInt(10))], samples), 10);
        return (x, y);
    }

    /// <summary>A catalog model built under <paramref name="seed"/> and compiled with SGD (lr 0.01), categorical crossentropy and accuracy.</summary>
    internal static Sequential Build(string modelName, int seed)
    {
        Seeding.SetRandomSeed(seed);
        var model = ModelCatalog.Get(modelName).Create();
        model.Compile(new Optimizers.SGD(0.01), "categorical_crossentropy", "accuracy");
        return model;
    }

    /// <summary>The median of some timings.</summary>
    internal static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
