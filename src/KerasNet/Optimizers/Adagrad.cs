using KerasNet.Optimizers.Schedules;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>Keras <c>Adagrad</c>: <c>a += g²</c>, <c>w −= lr·g/√(a + ε)</c>, with the accumulator starting at 0.1.</summary>
public sealed class Adagrad : Optimizer
{
    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Rate or schedule. The default value is 0.001.</param>
    /// <param name="initialAccumulatorValue">Starting accumulator. The default value is 0.1.</param>
    /// <param name="epsilon">Added under the root. The default value is 1e-7.</param>
    public Adagrad(LearningRateSchedule? learningRate = null, double initialAccumulatorValue = 0.1, double epsilon = 1e-7)
        : base(learningRate ?? 0.001)
    {
        InitialAccumulatorValue = RequireInRange(initialAccumulatorValue, 0, double.MaxValue, nameof(initialAccumulatorValue));
        Epsilon = RequireInRange(epsilon, 0, double.MaxValue, nameof(epsilon));
    }

    /// <summary>Starting accumulator value.</summary>
    public double InitialAccumulatorValue { get; }

    /// <summary>The ε under the root.</summary>
    public double Epsilon { get; }

    /// <inheritdoc />
    public override string Name => "adagrad";

    /// <inheritdoc />
    protected override int SlotCount => 1;

    /// <inheritdoc />
    protected override double InitialSlotValue => InitialAccumulatorValue;

    /// <inheritdoc />
    protected override void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state)
    {
        using var one = 1.0.ToScalar();
        using var epsilon = Epsilon.ToScalar();
        using var step = (-learningRate).ToScalar();
        state[0].addcmul_(gradient, gradient, one);
        variable.addcdiv_(gradient, state[0].add(epsilon).sqrt_(), step);
    }
}
