using KerasNet.Optimizers.Schedules;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>
/// Keras <c>RMSprop</c>: <c>v = ρ·v + (1 − ρ)·g²</c>, <c>w −= lr·g/√(v + ε)</c> (ε inside the root, unlike
/// PyTorch); with momentum, the increment feeds a velocity as in Keras.
/// </summary>
public sealed class RMSprop : Optimizer
{
    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Rate or schedule. The default value is 0.001.</param>
    /// <param name="rho">Decay ρ of the squared-gradient average. The default value is 0.9.</param>
    /// <param name="momentum">Momentum in [0, 1]. The default value is 0.</param>
    /// <param name="epsilon">Added under the root. The default value is 1e-7.</param>
    public RMSprop(LearningRateSchedule? learningRate = null, double rho = 0.9, double momentum = 0.0, double epsilon = 1e-7)
        : base(learningRate ?? 0.001)
    {
        Rho = RequireInRange(rho, 0, 1, nameof(rho));
        Momentum = RequireInRange(momentum, 0, 1, nameof(momentum));
        Epsilon = RequireInRange(epsilon, 0, double.MaxValue, nameof(epsilon));
    }

    /// <summary>Decay ρ.</summary>
    public double Rho { get; }

    /// <summary>Momentum.</summary>
    public double Momentum { get; }

    /// <summary>The ε under the root.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override string Name => "rmsprop";

    /// <inheritdoc />
    protected override int SlotCount => Momentum > 0 ? 2 : 1;

    /// <inheritdoc />
    protected override void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state)
    {
        using var rho = Rho.ToScalar();
        using var oneMinusRho = (1 - Rho).ToScalar();
        using var rate = learningRate.ToScalar();
        using var epsilon = Epsilon.ToScalar();
        using var momentum = Momentum.ToScalar();
        var velocity = state[0];
        velocity.mul_(rho).addcmul_(gradient, gradient, oneMinusRho);
        var increment = gradient.mul(rate).div_(velocity.add(epsilon).sqrt_());
        if (Momentum > 0)
        {
            state[1].mul_(momentum).add_(increment);
            variable.sub_(state[1]);
        }
        else
        {
            variable.sub_(increment);
        }
    }
}
