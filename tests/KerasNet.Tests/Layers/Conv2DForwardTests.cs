using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Tests.Layers;

/// <summary>
/// Conv2D's outputs for a batch against the same sums in float64 (patches times filters). libtorch 2.10's float32 CPU
/// convolution is wrong for a kernel as large as its input when the batch holds more than one sample; the layer computes
/// that case itself.
/// </summary>
public sealed class Conv2DForwardTests
{
    [TestCase(5, 2, 28, 28)]
    [TestCase(98, 2, 28, 28)]
    [TestCase(5, 16, 28, 28)]
    [TestCase(5, 2, 8, 8)]
    [TestCase(1, 2, 28, 28)]
    [TestCase(5, 2, 28, 27)]
    [TestCase(5, 2, 28, 5)]
    public void BatchOutputs_AreTheFloat64Sums(int batch, int filters, int side, int kernelSide)
    {
        Seeding.SetRandomSeed(3);
        var model = new Sequential(new InputLayer(side, side, 1), new Conv2D(filters, kernelSide, kernelInitializer: new RandomUniform(0, 1.0 / (kernelSide * kernelSide)), biasInitializer: new RandomUniform(0, 1)));
        var x = LayerTestHelper.RandomArray(batch, new Shape(side, side, 1), seed: 5);

        var output = model.Predict(x, batchSize: batch);

        using var scope = NewDisposeScope();
        var kernel = model.GetWeights()[0];
        var bias = tensor(model.GetWeights()[1].Data).to(ScalarType.Float64);
        var images = tensor(x.Data, [batch, side, side, 1]).permute(0, 3, 1, 2).to(ScalarType.Float64);
        var filterRows = tensor(kernel.Data, [kernelSide, kernelSide, 1, filters]).permute(3, 2, 0, 1).reshape(filters, -1).to(ScalarType.Float64);
        var sums = filterRows.matmul(nn.functional.unfold(images, kernelSide)) + bias.reshape(1, filters, 1);
        var expected = sums.reshape(batch, filters, side - kernelSide + 1, side - kernelSide + 1).permute(0, 2, 3, 1).contiguous();
        Assert.That(output.Data.Select(v => (double)v), Is.EqualTo(expected.data<double>().ToArray()).Within(1e-5));
    }
}
