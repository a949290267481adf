using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// Analytic FLOP count of a model: per sample, 2·in·out for a Dense layer and 2·kh·kw·cin·cout·hout·wout for a
/// Conv2D layer (multiply-adds counted as two); activations, pooling and the loss are ignored (they are a
/// small fraction). A training step is counted as three forward passes (forward, and backward for inputs and weights).
/// </summary>
public static class FlopCounter
{
    /// <summary>Forward FLOPs per sample.</summary>
    public static double ForwardPerSample(Sequential model)
    {
        ArgumentNullException.ThrowIfNull(model);
        double flops = 0;
        foreach (var layer in model.Layers)
        {
            flops += layer switch
            {
                Dense dense => 2.0 * dense.InputShape[0] * dense.Units,
                Conv2D conv => 2.0 * conv.KernelSize.Height * conv.KernelSize.Width * conv.InputShape[2] * conv.Filters * conv.OutputShape[0] * conv.OutputShape[1],
                _ => 0,
            };
        }

        return flops;
    }

    /// <summary>Training FLOPs per sample (three forward passes).</summary>
    public static double TrainingPerSample(Sequential model) => 3 * ForwardPerSample(model);
}
