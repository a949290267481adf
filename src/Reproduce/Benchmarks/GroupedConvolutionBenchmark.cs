using System.Diagnostics;
using KerasNet.Architectures;
using KerasNet.Backend;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// What lockstep would gain on a convolutional reference model, measured before building it: a plain TorchSharp
/// training step of k copies as one computation (each convolution grouped, the copies' channels side by side; each
/// dense layer a batched matrix product), SGD on the summed loss, against the same step of one copy run k times. Both
/// sides are this prototype (no KerasNet layers), so the ratio is what the grouped form itself gives on this machine.
/// </summary>
public sealed class GroupedConvolutionBenchmark(int samples, int epochs, int threads, Action<string> report)
{
    private const int Copies = 4;

    /// <summary>The convolutional models the prototype writes out.</summary>
    public static IReadOnlyList<string> Models { get; } = [Groth2019LeNet.Name, Nanavati2021Cnn.Name];

    /// <summary>Times the benchmark's epochs of each form, interleaved; medians in seconds per epoch per copy.</summary>
    public SeedsBenchmarkResult Run(string model, int batchSize)
    {
        Engine.SetThreads(threads);
        using var scope = NewDisposeScope();
        manual_seed(7);
        var x = rand(samples, 1, 28, 28);
        var y = randint(0, 10, samples);
        var single = Weights(model, 1);
        var grouped = Weights(model, Copies);
        var sequential = new List<double>();
        var together = new List<double>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            for (int copy = 0; copy < Copies; copy++)
            {
                Epoch(model, single, 1, x, y, batchSize);
            }

            sequential.Add(clock.Elapsed.TotalSeconds / Copies);
            clock.Restart();
            Epoch(model, grouped, Copies, x, y, batchSize);
            together.Add(clock.Elapsed.TotalSeconds / Copies);
            report($"  {model} batch {batchSize} epoch {epoch + 1}/{epochs}: one at a time {sequential[^1]:F3} s, grouped {together[^1]:F3} s per copy");
        }

        return new SeedsBenchmarkResult($"{model} (grouped-convolution prototype)", batchSize, samples, Copies, SeedsBenchmark.Median(sequential), SeedsBenchmark.Median(together), epochs, FlopCounter.TrainingPerSample(ModelCatalog.Get(model).Create()));
    }

    /// <summary>One epoch of SGD steps (lr 0.01) for <paramref name="copies"/> copies, each copy in its own random order.</summary>
    private static void Epoch(string model, Tensor[] weights, int copies, Tensor x, Tensor y, int batchSize)
    {
        long count = x.shape[0];
        using var orders = stack([.. Enumerable.Range(0, copies).Select(_ => randperm(count))]);
        for (long start = 0; start + batchSize <= count; start += batchSize)
        {
            using var step = NewDisposeScope();
            var indices = orders.narrow(1, start, batchSize).reshape(-1);
            var images = x.index_select(0, indices).reshape(copies, batchSize, 28, 28).transpose(0, 1);
            var logits = Forward(model, weights, copies, images);
            var loss = F.cross_entropy(logits.reshape(copies * batchSize, 10), y.index_select(0, indices)) * copies;
            var gradients = autograd.grad([loss], weights);
            using (no_grad())
            {
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i].sub_(gradients[i] * 0.01);
                }
            }
        }
    }

    /// <summary>Logits <c>(copies, batch, 10)</c> of images <c>(batch, copies, 28, 28)</c>.</summary>
    private static Tensor Forward(string model, Tensor[] w, int k, Tensor images)
    {
        long batch = images.shape[0];
        if (model == Groth2019LeNet.Name)
        {
            var h = F.max_pool2d(F.relu(F.conv2d(images, w[0], w[1], padding: new long[] { 2, 2 }, groups: k)), new long[] { 2, 2 });
            h = F.max_pool2d(F.relu(F.conv2d(h, w[2], w[3], padding: new long[] { 2, 2 }, groups: k)), new long[] { 2, 2 });
            h = Flatten(h, k, batch);
            return F.relu(h.bmm(w[4]) + w[5]).bmm(w[6]) + w[7];
        }

        var maps = F.dropout(F.max_pool2d(F.conv2d(images, w[0], w[1], groups: k), new long[] { 2, 2 }), 0.2);
        var hidden = F.dropout(F.relu(Flatten(maps, k, batch).bmm(w[2]) + w[3]), 0.2);
        return hidden.bmm(w[4]) + w[5];
    }

    /// <summary>Grouped maps <c>(batch, k·channels, h, w)</c> as each copy's flat features <c>(k, batch, features)</c>.</summary>
    private static Tensor Flatten(Tensor maps, int k, long batch) =>
        maps.reshape(batch, k, -1).transpose(0, 1);

    /// <summary>The weights of <paramref name="k"/> copies: convolutions stacked along their filters, dense layers along a leading copy axis.</summary>
    private static Tensor[] Weights(string model, int k)
    {
        Tensor Parameter(params long[] shape) => (randn(shape) * 0.05).requires_grad_(true);
        return model == Groth2019LeNet.Name
            ? [Parameter(k * 20, 1, 5, 5), Parameter(k * 20), Parameter(k * 50, 20, 5, 5), Parameter(k * 50), Parameter(k, 2450, 500), Parameter(k, 1, 500), Parameter(k, 500, 10), Parameter(k, 1, 10)]
            : [Parameter(k * 28, 1, 3, 3), Parameter(k * 28), Parameter(k, 4732, 128), Parameter(k, 1, 128), Parameter(k, 128, 10), Parameter(k, 1, 10)];
    }
}
