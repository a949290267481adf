using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Tests.Layers;

/// <summary>
/// Batch normalization in training against its definition written out in float64: batch mean and biased variance per
/// channel, γ and β, gradients through all of it, and Keras's moving averages of the biased statistics.
/// </summary>
public sealed class BatchNormalizationTrainingTests
{
    [Test]
    public void Training_NormalizesWithBatchStatistics_AndGradientsMatchTheDefinition()
    {
        Seeding.SetRandomSeed(5);
        var layer = new BatchNormalization(momentum: 0.9, epsilon: 1e-3);
        _ = new Sequential(new InputLayer(3, 3, 4), layer);
        layer.Weights[0].SetValue(new NDArray<float>([0.5f, 1.5f, -1f, 2f], 4));
        layer.Weights[1].SetValue(new NDArray<float>([0.1f, -0.2f, 0.3f, 0f], 4));
        manual_seed(5);
        var x = (randn(6, 4, 3, 3, dtype: ScalarType.Float64) * 3) + 1;
        var upstream = randn(6, 4, 3, 3, dtype: ScalarType.Float64);

        var input = x.to(ScalarType.Float32).requires_grad_(true);
        var output = layer.Call(input, training: true);
        var inputGradient = autograd.grad([output], [input], [upstream.to(ScalarType.Float32)])[0];

        var reference = x.detach().requires_grad_(true);
        long[] reduced = [0, 2, 3];
        var mean = reference.mean(reduced, keepdim: true);
        var variance = (reference - mean).square().mean(reduced, keepdim: true);
        var gamma = tensor(new double[] { 0.5, 1.5, -1, 2 }).view(1, 4, 1, 1);
        var beta = tensor(new double[] { 0.1, -0.2, 0.3, 0 }).view(1, 4, 1, 1);
        var expected = ((reference - mean) * (variance + 1e-3).rsqrt() * gamma) + beta;
        var expectedGradient = autograd.grad([expected], [reference], [upstream])[0];

        Assert.That((output.to(ScalarType.Float64) - expected).abs().max().item<double>(), Is.LessThan(1e-5), "output");
        Assert.That((inputGradient.to(ScalarType.Float64) - expectedGradient).abs().max().item<double>(), Is.LessThan(1e-4), "input gradient");
        var movingMean = layer.Weights[2].GetValue().Data;
        var movingVariance = layer.Weights[3].GetValue().Data;
        var batchMean = mean.flatten().data<double>().ToArray();
        var batchVariance = variance.flatten().data<double>().ToArray();
        for (int c = 0; c < 4; c++)
        {
            Assert.That(movingMean[c], Is.EqualTo(0.1 * batchMean[c]).Within(1e-5), $"moving mean {c}");
            Assert.That(movingVariance[c], Is.EqualTo(0.9 + (0.1 * batchVariance[c])).Within(1e-4), $"moving variance {c} (biased batch variance, as Keras)");
        }
    }
}
