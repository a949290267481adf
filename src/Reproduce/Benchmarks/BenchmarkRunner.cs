using System.Diagnostics;
using KerasNet.Architectures;
using KerasNet.Backend;
using KerasNet.Data;
using KerasNet.Optimizers;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// Trains each reference model for the same number of epochs with KerasNet and with the plain TorchSharp loop,
/// alternating one epoch of each so that machine noise hits both alike, on synthetic data of the real dataset
/// size (the timing does not depend on pixel values, and MNIST is not available everywhere).
/// </summary>
public sealed class BenchmarkRunner(int samples, int epochs, int threads, Action<string> report)
{
    /// <summary>Measures one model.</summary>
    public BenchmarkResult Run(string modelName, int batchSize)
    {
        Engine.SetThreads(threads);
        ResetPeakMemory();
        Seeding.SetRandomSeed(1);
        var kerasModel = ModelCatalog.Get(modelName).Create();
        var inputShape = kerasModel.InputShape.Dimensions.ToArray();
        var (x, labels) = SyntheticData(inputShape);
        var oneHot = DataUtilities.ToCategorical(labels, 10);
        kerasModel.Compile(new Adam(), "categorical_crossentropy");

        var plainModel = PlainModels.Create(modelName);
        using var plainX = PlainInputs(x, inputShape);
        using var plainY = torch.tensor(oneHot.Data, [oneHot.Count, 10]);
        var optimizer = torch.optim.Adam(plainModel.parameters(), 0.001);

        var keras = new List<double>();
        var plain = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var timer = new EpochTimer();
            kerasModel.Fit(x, oneHot, batchSize: batchSize, epochs: 1, callbacks: [timer]);
            keras.Add(timer.Seconds[0]);
            plain.Add(PlainEpoch(plainModel, optimizer, plainX, plainY, batchSize));
            report($"  {modelName} epoch {epoch + 1}/{epochs}: KerasNet {keras[^1]:F2} s, plain TorchSharp {plain[^1]:F2} s");
        }

        var inference = Stopwatch.StartNew();
        _ = kerasModel.Predict(x.Slice(0, Math.Min(10000, samples)), batchSize: 1000);
        double inferencePerSecond = Math.Min(10000, samples) / inference.Elapsed.TotalSeconds;
        double kerasMedian = Median(keras);
        return new BenchmarkResult(
            modelName,
            batchSize,
            samples,
            kerasMedian,
            Median(plain),
            inferencePerSecond,
            FlopCounter.TrainingPerSample(kerasModel) * samples / kerasMedian / 1e9,
            PeakMemoryMegabytes(),
            epochs);
    }

    private static double PlainEpoch(nn.Module<Tensor, Tensor> model, optim.Optimizer optimizer, Tensor x, Tensor y, int batchSize)
    {
        var clock = Stopwatch.StartNew();
        model.train();
        long count = x.shape[0];
        using var order = randperm(count);
        for (long start = 0; start < count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var index = order.narrow(0, start, Math.Min(batchSize, count - start));
            optimizer.zero_grad();
            var loss = KerasCrossentropy(model.forward(x.index_select(0, index)), y.index_select(0, index));
            loss.backward();
            optimizer.step();
        }

        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// The loss KerasNet trains with, written out: softmax, rescaled to sum to one, clipped to [1e-7, 1 − 1e-7], then
    /// the mean of −Σ t·log p (Keras's crossentropy on probabilities). Both sides compute the same math, so the ratio
    /// measures the API, not the loss formula (<c>cross_entropy</c> on logits is cheaper and rounds differently).
    /// </summary>
    private static Tensor KerasCrossentropy(Tensor logits, Tensor oneHot)
    {
        var probabilities = F.softmax(logits, 1);
        var normalized = probabilities / probabilities.sum(1, keepdim: true);
        return -(oneHot * normalized.clamp(1e-7, 1 - 1e-7).log()).sum(1).mean();
    }

    private (NDArray<float> X, NDArray<byte> Labels) SyntheticData(int[] sampleShape)
    {
        var random = new DataRandom(7);
        int size = sampleShape.Aggregate(1, (p, d) => p * d);
        var pixels = new float[(long)samples * size];
        for (long i = 0; i < pixels.Length; i++)
        {
            pixels[i] = random.NextInt(256) / 255f;
        }

        var labels = Enumerable.Range(0, samples).Select(_ => (byte)random.NextInt(10)).ToArray();
        return (new NDArray<float>(pixels, [samples, .. sampleShape]), new NDArray<byte>(labels, samples));
    }

    private static Tensor PlainInputs(NDArray<float> x, int[] sampleShape)
    {
        var values = torch.tensor(x.Data, [x.Count, .. sampleShape.Select(d => (long)d)]);
        return sampleShape.Length == 3 ? values.permute(0, 3, 1, 2).contiguous() : values;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void ResetPeakMemory()
    {
        if (File.Exists("/proc/self/clear_refs"))
        {
            try
            {
                File.WriteAllText("/proc/self/clear_refs", "5");
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static double PeakMemoryMegabytes()
    {
        string? line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null
            ? Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0
            : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }
}
