using KerasNet.Optimizers.Schedules;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>
/// Keras <c>Adam</c> in its bias-correction form: <c>α = lr·√(1−β₂ᵗ)/(1−β₁ᵗ)</c>,
/// <c>m += (g − m)(1 − β₁)</c>, <c>v += (g² − v)(1 − β₂)</c>, <c>w −= α·m/(√v + ε)</c>.
/// TF1's <c>tf.train.AdamOptimizer</c> is the same update with ε = 1e-8.
/// </summary>
public sealed class Adam : Optimizer
{
    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Rate or schedule. The default value is 0.001.</param>
    /// <param name="beta1">First-moment decay. The default value is 0.9.</param>
    /// <param name="beta2">Second-moment decay. The default value is 0.999.</param>
    /// <param name="epsilon">Added to √v. The default value is 1e-7 (Keras; TF1 used 1e-8).</param>
    public Adam(LearningRateSchedule? learningRate = null, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-7)
        : base(learningRate ?? 0.001)
    {
        Beta1 = beta1 is >= 0 and < 1
            ? beta1
            : throw new ArgumentOutOfRangeException(nameof(beta1), $"Expected a value in [0, 1): β₁ = 1 divides by 1 − β₁ᵗ = 0 in the bias correction. Received: beta1={beta1}");
        Beta2 = RequireInRange(beta2, 0, 1, nameof(beta2));
        Epsilon = RequireInRange(epsilon, 0, double.MaxValue, nameof(epsilon));
    }

    /// <summary>First-moment decay β₁.</summary>
    public double Beta1 { get; }

    /// <summary>Second-moment decay β₂.</summary>
    public double Beta2 { get; }

    /// <summary>The ε added to √v.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override string Name => "adam";

    /// <inheritdoc />
    protected override int SlotCount => 2;

    /// <inheritdoc />
    protected override void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state)
    {
        double alpha = learningRate * Math.Sqrt(1 - Math.Pow(Beta2, Step)) / (1 - Math.Pow(Beta1, Step));
        using var epsilon = Epsilon.ToScalar();
        using var step = (-alpha).ToScalar();
        var m = state[0];
        var v = state[1];
        m.lerp_(gradient, 1 - Beta1);
        v.lerp_(gradient.square(), 1 - Beta2);
        variable.addcdiv_(m, v.sqrt().add_(epsilon), step);
    }
}
