using KerasNet.Optimizers.Schedules;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>
/// Keras <c>Adadelta</c>: <c>E[g²] = ρE[g²] + (1−ρ)g²</c>, <c>Δ = −√(E[Δ²] + ε)/√(E[g²] + ε)·g</c>,
/// <c>E[Δ²] = ρE[Δ²] + (1−ρ)Δ²</c>, <c>w += lr·Δ</c>.
/// </summary>
public sealed class Adadelta : Optimizer
{
    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Rate or schedule. The default value is 0.001.</param>
    /// <param name="rho">Decay ρ. The default value is 0.95.</param>
    /// <param name="epsilon">Added under the roots. The default value is 1e-7.</param>
    public Adadelta(LearningRateSchedule? learningRate = null, double rho = 0.95, double epsilon = 1e-7)
        : base(learningRate ?? 0.001)
    {
        Rho = RequireInRange(rho, 0, 1, nameof(rho));
        Epsilon = RequireInRange(epsilon, 0, double.MaxValue, nameof(epsilon));
    }

    /// <summary>Decay ρ.</summary>
    public double Rho { get; }

    /// <summary>The ε under the roots.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override string Name => "adadelta";

    /// <inheritdoc />
    protected override int SlotCount => 2;

    /// <inheritdoc />
    protected override void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state)
    {
        using var rho = Rho.ToScalar();
        using var oneMinusRho = (1 - Rho).ToScalar();
        using var epsilon = Epsilon.ToScalar();
        using var rate = learningRate.ToScalar();
        var accumulatedGradient = state[0];
        var accumulatedDelta = state[1];
        accumulatedGradient.mul_(rho).addcmul_(gradient, gradient, oneMinusRho);
        var delta = accumulatedDelta.add(epsilon).sqrt_().div_(accumulatedGradient.add(epsilon).sqrt_()).mul_(gradient).neg_();
        accumulatedDelta.mul_(rho).addcmul_(delta, delta, oneMinusRho);
        variable.add_(delta, rate);
    }
}
