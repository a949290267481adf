using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>
/// Feature visualization by gradient ascent on the input (Erhan et al. 2009; "DeepDream" with the layer-mean objective):
/// each step moves the images along the objective's gradient, normalized by its mean magnitude, shrinks them by an L2
/// decay, and clips them to the pixel range.
/// </summary>
public static class ActivationMaximization
{
    /// <summary>Runs the ascent from <paramref name="start"/> images and returns the final images and the objective's mean before every step and after the last.</summary>
    public static ActivationMaximizationResult Run(
        Sequential model,
        string layerName,
        ActivationObjective objective,
        NDArray<float> start,
        int steps = 100,
        double stepSize = 0.01,
        double l2Decay = 0,
        double pixelMin = 0,
        double pixelMax = 1)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(start);
        model.CheckInputs(start, nameof(start));
        if (steps < 1 || !(stepSize > 0) || l2Decay is < 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), $"Expected steps >= 1, stepSize > 0 and 0 <= l2Decay < 1. Received: {steps}, {stepSize}, {l2Decay}");
        }

        int end = ModelTrace.IndexOf(model, layerName) + 1;
        using var scope = new CompositeScope(NewDisposeScope(), enable_grad());
        var images = TensorConversion.ToInternal(start);
        var values = new List<double>();
        for (int step = 0; step <= steps; step++)
        {
            using var stepScope = NewDisposeScope();
            var input = images.detach().requires_grad_(true);
            var value = objective.Evaluate(ModelTrace.Run(model, input, 0, end)).sum();
            values.Add(value.item<float>() / start.Count);
            if (step == steps)
            {
                break;
            }

            var gradient = autograd.grad([value], [input])[0];
            var scale = gradient.abs().flatten(1).mean([1]).reshape(-1, 1, 1, 1) + 1e-8;
            images = ((input.detach() + (stepSize * gradient / scale)) * (1 - l2Decay)).clamp(pixelMin, pixelMax).MoveToOuterDisposeScope();
        }

        return new ActivationMaximizationResult(TensorConversion.ToArray(images), values);
    }
}
