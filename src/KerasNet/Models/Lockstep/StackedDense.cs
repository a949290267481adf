using KerasNet.Layers;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>One Dense layer of k copies as stacked tensors: kernels <c>(k, in, out)</c>, biases <c>(k, 1, out)</c>.</summary>
internal sealed class StackedDense : IDisposable
{
    private readonly IReadOnlyList<Dense> layers;

    public StackedDense(IReadOnlyList<Dense> layers)
    {
        this.layers = layers;
        using var scope = NewDisposeScope();
        using (no_grad())
        {
            Kernel = stack(layers.Select(l => l.Kernel!.Value)).detach().requires_grad_(true).DetachFromDisposeScope();
            Bias = layers[0].Bias is null ? null : stack(layers.Select(l => l.Bias!.Value.unsqueeze(0))).detach().requires_grad_(true).DetachFromDisposeScope();
        }
    }

    public Tensor Kernel { get; }

    public Tensor? Bias { get; }

    /// <summary>The stacked weights, kernel first, as the optimizer updates them.</summary>
    public IEnumerable<Tensor> Weights => Bias is null ? [Kernel] : [Kernel, Bias];

    /// <summary>The layer's activation (the same in every copy).</summary>
    public Activations.ActivationFunction Activation => layers[0].Activation;

    /// <summary>The layer's learning-rate multiplier (the same in every copy).</summary>
    public double LearningRateMultiplier => layers[0].LearningRateMultiplier;

    /// <summary>The layer for inputs <c>(k, batch, in)</c>: each copy's own kernel and bias, then the activation per sample.</summary>
    public Tensor Call(Tensor inputs)
    {
        var z = inputs.bmm(Kernel);
        if (Bias is not null)
        {
            using var one = 1.0.ToScalar();
            z = z.add_(Bias, one);
        }

        long copies = z.shape[0];
        long batch = z.shape[1];
        return layers[0].Activation.Apply(z.reshape(copies * batch, -1)).reshape(copies, batch, -1);
    }

    /// <summary>Writes each copy's slice back into its layer.</summary>
    public void CopyBack()
    {
        using (no_grad())
        {
            for (int i = 0; i < layers.Count; i++)
            {
                layers[i].Kernel!.Value.copy_(Kernel[i]);
                layers[i].Bias?.Value.copy_(Bias![i].squeeze(0));
            }
        }
    }

    public void Dispose()
    {
        Kernel.Dispose();
        Bias?.Dispose();
    }
}
