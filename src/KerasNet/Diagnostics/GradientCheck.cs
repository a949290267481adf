using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Diagnostics;

/// <summary>
/// Compares autograd gradients of the loss with central differences <c>(L(w+ε) − L(w−ε)) / 2ε</c> for every
/// trainable parameter, in float64 (report aven2019 §2b checks its hand-written backprop this way). The
/// model runs in inference mode so dropout does not change between evaluations; its weights are restored.
/// </summary>
public static class GradientCheck
{
    /// <summary>Runs the check on one batch.</summary>
    /// <param name="model">A built model (its weights are temporarily converted to float64).</param>
    /// <param name="loss">The loss to differentiate.</param>
    /// <param name="x">Inputs.</param>
    /// <param name="y">Targets.</param>
    /// <param name="epsilon">Step of the central difference. The default value is 1e-6.</param>
    public static GradientCheckResult Run(Sequential model, Loss loss, NDArray<float> x, NDArray<float> y, double epsilon = 1e-6)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (epsilon <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), $"Expected a positive step. Received: epsilon={epsilon}");
        }

        var weights = model.Weights;
        var originals = weights.Select(w => w.Value).ToList();
        try
        {
            foreach (var weight in weights)
            {
                weight.Value = weight.Value.detach().to(ScalarType.Float64).requires_grad_(weight.IsTrainableKind).DetachFromDisposeScope();
            }

            using var scope = NewDisposeScope();
            var inputs = TensorConversion.ToInternal(x, ScalarType.Float64);
            var targets = TensorConversion.ToTargets(y, loss.TakesClassIndices, ScalarType.Float64);
            var trainable = weights.Where(w => w.IsTrainable).ToList();
            var analytic = autograd.grad([loss.Compute(targets, model.Call(inputs, training: false))], trainable.Select(w => w.Value).ToList());
            return Compare(model, loss, inputs, targets, trainable, analytic, epsilon);
        }
        finally
        {
            for (int i = 0; i < weights.Count; i++)
            {
                weights[i].Value.Dispose();
                weights[i].Value = originals[i];
            }
        }
    }

    private static GradientCheckResult Compare(Sequential model, Loss loss, Tensor inputs, Tensor targets, List<Weight> trainable, IList<Tensor> analytic, double epsilon)
    {
        double worst = 0;
        double maxGradient = 0;
        long checkedCount = 0;
        string worstName = "none";
        var byWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        using var noGrad = no_grad();
        for (int w = 0; w < trainable.Count; w++)
        {
            byWeight[trainable[w].Path] = 0;
            var flat = trainable[w].Value.view(-1);
            var expected = analytic[w].reshape(-1).cpu().data<double>().ToArray();
            for (long i = 0; i < flat.shape[0]; i++)
            {
                using var scope = NewDisposeScope();
                var element = flat[i];
                element.add_(epsilon);
                double plus = loss.Compute(targets, model.Call(inputs, training: false)).item<double>();
                element.sub_(2 * epsilon);
                double minus = loss.Compute(targets, model.Call(inputs, training: false)).item<double>();
                element.add_(epsilon);
                double difference = Math.Abs(((plus - minus) / (2 * epsilon)) - expected[i]);
                maxGradient = Math.Max(maxGradient, Math.Abs(expected[i]));
                byWeight[trainable[w].Path] = Math.Max(byWeight[trainable[w].Path], difference);
                if (difference > worst)
                {
                    worst = difference;
                    worstName = $"{trainable[w].Path}[{i}]";
                }

                checkedCount++;
            }
        }

        return new GradientCheckResult(worst, maxGradient, checkedCount, worstName, byWeight);
    }
}
