using KerasNet.Diagnostics;
using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using KerasNet.Tests.Layers;

namespace KerasNet.Tests.Diagnostics;

[NonParallelizable]
public sealed class GradientCheckTests
{
    [Test]
    public void SigmoidDenseNet_AutogradMatchesCentralDifferences()
    {
        var (model, x, y) = SigmoidDenseNet();

        var result = GradientCheck.Run(model, new SquaredError(), x, y);

        Assert.That(result.ParametersChecked, Is.EqualTo((4 * 5) + 5 + (5 * 3) + 3));
        Assert.That(result.MaxAbsoluteDifference, Is.LessThan(1e-7), result.WorstParameter);
        Assert.That(result.MaxGradient, Is.GreaterThan(1e-3), "gradients are not trivially zero");
    }

    [Test]
    public void SmallConvNet_AutogradMatchesCentralDifferences()
    {
        Seeding.SetRandomSeed(2);
        var model = new Sequential(
            new InputLayer(6, 6, 2),
            new Conv2D(3, kernelSize: 3, activation: "tanh"),
            new AveragePooling2D(),
            new Flatten(),
            new Dense(3, activation: "softmax"));
        var x = LayerTestHelper.RandomArray(4, new Shape(6, 6, 2), seed: 2);
        var y = new NDArray<float>([0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0], 4, 3);

        var result = GradientCheck.Run(model, new CategoricalCrossentropy(), x, y);

        Assert.That(result.ParametersChecked, Is.EqualTo((3 * 3 * 2 * 3) + 3 + (12 * 3) + 3));
        Assert.That(result.MaxAbsoluteDifference, Is.LessThan(1e-7), result.WorstParameter);
    }

    [Test]
    public void CoarseStep_IsDetectedAsAMismatch()
    {
        var (model, x, y) = SigmoidDenseNet();

        var result = GradientCheck.Run(model, new SquaredError(), x, y, epsilon: 1.0);

        Assert.That(result.MaxAbsoluteDifference, Is.GreaterThan(1e-7));
        Assert.That(result.MaxAbsoluteDifferenceByWeight, Has.Count.EqualTo(4), "two kernels, two biases");
        Assert.That(result.MaxAbsoluteDifferenceByWeight.Values.Max(), Is.EqualTo(result.MaxAbsoluteDifference));
        Assert.That(result.MaxAbsoluteDifferenceByWeight[result.WorstParameter[..result.WorstParameter.IndexOf('[', StringComparison.Ordinal)]], Is.EqualTo(result.MaxAbsoluteDifference));
    }

    [Test]
    public void Run_RestoresTheModelsFloat32Weights()
    {
        Seeding.SetRandomSeed(3);
        var model = new Sequential(new InputLayer(2), new Dense(2, activation: "sigmoid"));
        var before = model.GetWeights();
        var x = LayerTestHelper.RandomArray(3, new Shape(2), seed: 4);

        GradientCheck.Run(model, new MeanSquaredError(), x, LayerTestHelper.RandomArray(3, new Shape(2), seed: 5));

        Assert.That(model.GetWeights().Select(w => w.Data), Is.EqualTo(before.Select(w => w.Data)));
        Assert.That(model.Predict(x).Data, Has.Length.EqualTo(6));
    }

    private static (Sequential Model, NDArray<float> X, NDArray<float> Y) SigmoidDenseNet()
    {
        Seeding.SetRandomSeed(1);
        var model = new Sequential(new InputLayer(4), new Dense(5, activation: "sigmoid"), new Dense(3, activation: "softmax"));
        var x = LayerTestHelper.RandomArray(6, new Shape(4), seed: 1);
        var y = new NDArray<float>([1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1], 6, 3);
        return (model, x, y);
    }
}
