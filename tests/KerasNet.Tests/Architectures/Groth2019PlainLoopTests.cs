using KerasNet.Architectures;
using KerasNet.Backend;
using KerasNet.Callbacks;
using KerasNet.Data;
using TorchSharp;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Tests.Architectures;

/// <summary>
/// groth2019's LeNet trained by KerasNet against the same computation written as a plain TorchSharp loop, from the same
/// float64 weights on the same batches: KerasNet's layers, loss and SGD must be that computation, step for step.
/// </summary>
public sealed class Groth2019PlainLoopTests
{
    private const int Steps = 16;
    private const int Batch = 32;

    [Test]
    public void KerasNetsSteps_AreThePlainLoopsSteps_FromTheSameWeights()
    {
        using var floatx = FloatX.Use("float64");
        var random = new DataRandom(3);
        int samples = Steps * Batch;
        float[] pixels = [.. Enumerable.Range(0, samples * 784).Select(_ => random.NextInt(256) / 255f)];
        byte[] labels = [.. Enumerable.Range(0, samples).Select(_ => (byte)random.NextInt(10))];
        Seeding.SetRandomSeed(1);
        var model = ModelCatalog.Get(Groth2019LeNet.Name).Create();
        model.Compile(new KerasNet.Optimizers.SGD(0.01), "categorical_crossentropy");
        var plain = PlainLoop([.. model.Weights.Select(w => w.GetValue())], pixels, labels);

        var running = new List<double>();
        model.Fit(new NDArray<float>(pixels, [samples, 28, 28, 1]), DataUtilities.ToCategorical(new NDArray<byte>(labels, samples), 10), batchSize: Batch, shuffle: false, callbacks: [new RunningLoss(running)]);
        var kerasNet = running.Select((mean, i) => i == 0 ? mean : (mean * (i + 1)) - (running[i - 1] * i)).ToList();

        // The plain loop starts from the weights rounded to float32 (GetValue's copy): about 1e-9 of loss.
        Assert.That(kerasNet, Is.EqualTo(plain).Within(1e-7), "step losses");
    }

    /// <summary>The plain loop's step losses: 'same' convolutions, ReLU, 2×2 max pooling, channels-last flatten, Dense 500 ReLU, softmax, Keras's clipped crossentropy, SGD lr 0.01.</summary>
    private static List<double> PlainLoop(IReadOnlyList<NDArray<float>> keras, float[] pixels, byte[] labels)
    {
        using var scope = NewDisposeScope();
        Tensor Weight(int index, long[] shape, params long[] order) =>
            tensor(keras[index].Data.Select(v => (double)v).ToArray(), shape).permute(order).contiguous().requires_grad_(true);
        Tensor[] w =
        [
            Weight(0, [5, 5, 1, 20], 3, 2, 0, 1), Weight(1, [20], 0), Weight(2, [5, 5, 20, 50], 3, 2, 0, 1), Weight(3, [50], 0),
            Weight(4, [2450, 500], 0, 1), Weight(5, [500], 0), Weight(6, [500, 10], 0, 1), Weight(7, [10], 0),
        ];
        var x = tensor(pixels.Select(v => (double)v).ToArray(), [pixels.Length / 784, 1, 28, 28]);
        var y = tensor(labels.Select(l => (long)l).ToArray());
        var losses = new List<double>();
        for (int step = 0; step < Steps; step++)
        {
            using var stepScope = NewDisposeScope();
            var h = F.max_pool2d(F.relu(F.conv2d(x.narrow(0, step * Batch, Batch), w[0], w[1], padding: [2, 2])), [2, 2]);
            h = F.max_pool2d(F.relu(F.conv2d(h, w[2], w[3], padding: [2, 2])), [2, 2]);
            var logits = F.relu(h.permute(0, 2, 3, 1).reshape(Batch, -1).matmul(w[4]) + w[5]).matmul(w[6]) + w[7];
            var p = logits.softmax(1).clamp(1e-7, 1 - 1e-7);
            var loss = -(F.one_hot(y.narrow(0, step * Batch, Batch), 10).to(ScalarType.Float64) * p.log()).sum(1).mean();
            var gradients = autograd.grad([loss], w);
            using (no_grad())
            {
                for (int i = 0; i < w.Length; i++)
                {
                    w[i].sub_(gradients[i] * 0.01);
                }
            }

            losses.Add(loss.item<double>());
        }

        return losses;
    }

    private sealed class RunningLoss(List<double> running) : Callback
    {
        public override void OnBatchEnd(BatchProgress progress) => running.Add(progress.RunningLogs()["loss"]);
    }
}
