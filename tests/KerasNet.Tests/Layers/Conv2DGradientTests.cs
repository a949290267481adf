using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Tests.Layers;

/// <summary>
/// Float32 Conv2D outputs and gradients against the same layer in float64. libtorch 2.10's oneDNN CPU convolution is
/// wrong for channel counts that are not multiples of 16 (see <see cref="Conv2D.ChannelBlock"/>); the float64 gradient
/// check cannot see that, this test does. Each case runs on the path this CPU takes and on the padded path.
/// </summary>
[NonParallelizable]
public sealed class Conv2DGradientTests
{
    private bool machineDefault;

    [SetUp]
    public void RememberPadding() => machineDefault = Conv2D.PadToChannelBlocks;

    [TearDown]
    public void RestorePadding() => Conv2D.PadToChannelBlocks = machineDefault;

    [TestCase(1, 8, 12, 1)]
    [TestCase(1, 20, 28, 4)]
    [TestCase(20, 50, 12, 4)]
    [TestCase(32, 24, 14, 8)]
    [TestCase(16, 32, 14, 8)]
    [TestCase(24, 8, 12, 4)]
    [TestCase(1, 32, 28, 16)]
    public void OutputAndGradients_InFloat32_MatchFloat64(int channels, int filters, int size, int batch)
    {
        Check(channels, filters, size, batch);
    }

    [TestCase(20, 50, 12, 4)]
    [TestCase(32, 24, 14, 8)]
    [TestCase(24, 8, 12, 4)]
    public void PaddedToChannelBlocks_OutputAndGradients_MatchFloat64(int channels, int filters, int size, int batch)
    {
        Conv2D.PadToChannelBlocks = true;
        Check(channels, filters, size, batch);
    }

    private static void Check(int channels, int filters, int size, int batch)
    {
        Seeding.SetRandomSeed(11);
        var model = new Sequential(new InputLayer(size, size, channels), new Conv2D(filters, kernelSize: 3, padding: Padding.Same, activation: "relu"));
        var conv = (Conv2D)model.Layers[0];
        manual_seed(11);
        var x = randn(batch, channels, size, size, dtype: ScalarType.Float64);
        var upstream = randn(batch, filters, size, size, dtype: ScalarType.Float64);

        var (outputFloat, inputFloat, kernelFloat) = Gradients(conv, x.to(ScalarType.Float32), upstream.to(ScalarType.Float32));
        foreach (var weight in conv.Weights)
        {
            weight.Value = weight.Value.detach().to(ScalarType.Float64).requires_grad_(true);
        }

        var (outputDouble, inputDouble, kernelDouble) = Gradients(conv, x, upstream);

        Assert.That(Relative(outputFloat, outputDouble), Is.LessThan(1e-5), "output");
        Assert.That(Relative(inputFloat, inputDouble), Is.LessThan(1e-5), "input gradient");
        Assert.That(Relative(kernelFloat, kernelDouble), Is.LessThan(1e-5), "kernel gradient");
    }

    private static (Tensor Output, Tensor Input, Tensor Kernel) Gradients(Conv2D conv, Tensor x, Tensor upstream)
    {
        var input = x.detach().requires_grad_(true);
        var output = conv.Call(input, training: true);
        var gradients = autograd.grad([output], [input, conv.Weights[0].Value], [upstream]);
        return (output.detach().to(ScalarType.Float64), gradients[0].to(ScalarType.Float64), gradients[1].to(ScalarType.Float64));
    }

    private static double Relative(Tensor actual, Tensor expected) =>
        (actual - expected).abs().max().item<double>() / expected.abs().max().item<double>();
}
