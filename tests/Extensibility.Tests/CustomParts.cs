using KerasNet;
using KerasNet.Initializers;
using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Metrics;
using KerasNet.Regularizers;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Extensibility.Tests;

/// <summary>A learned per-feature scale, <c>y = x · s</c> (s starts at the initializer's values): a custom layer with one weight.</summary>
public sealed class FeatureScale(Initializer initializer, Regularizer? regularizer = null, string? name = null) : Layer(null, name)
{
    private Weight? scale;

    public override Shape ComputeOutputShape(Shape inputShape) => inputShape.Rank == 1
        ? inputShape
        : throw new ArgumentException($"FeatureScale expects flat samples. Received: {inputShape}");

    public override Tensor Call(Tensor inputs, bool training) => inputs * scale!.Value;

    protected override void OnBuild(Shape shape) => scale = AddWeight("scale", shape, initializer, regularizer: regularizer);
}

/// <summary>Mean absolute error, per sample: a custom loss.</summary>
public sealed class MeanAbsoluteError : Loss
{
    public override string Name => "my_mean_absolute_error";

    public override Tensor PerSample(Tensor target, Tensor prediction) => (prediction - target).abs().mean([1]);
}

/// <summary>Whether the largest output is within 0.5 of its target: a custom metric.</summary>
public sealed class CloseArgmax : Metric
{
    public override string Name => "close_argmax";

    public override Tensor PerSample(Tensor target, Tensor prediction)
    {
        var best = prediction.argmax(1, keepdim: true);
        return (prediction.gather(1, best) - target.gather(1, best)).abs().lt(0.5).reshape(-1).to(ScalarType.Float32);
    }
}

/// <summary>Every value 0.5: a custom initializer.</summary>
public sealed class Halves : Initializer
{
    public override string Name => "halves";

    public override Tensor Generate(Shape shape) => full(shape.Dimensions.Select(d => (long)d).ToArray(), 0.5f);
}

/// <summary>λ·Σ(w − 1)²: a custom regularizer pulling a weight towards one.</summary>
public sealed class TowardsOne(double lambda) : Regularizer
{
    public override Tensor Penalty(Tensor weight) => (weight - 1).square().sum() * lambda;
}
