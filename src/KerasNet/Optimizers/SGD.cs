using KerasNet.Optimizers.Schedules;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>
/// Keras <c>SGD</c>: <c>w −= lr·g</c>; with momentum, <c>m = μ·m − lr·g</c> and <c>w += m</c> (Nesterov:
/// <c>w += μ·m − lr·g</c>). Keras keeps lr inside the velocity, unlike PyTorch, which matters when lr changes.
/// </summary>
public sealed class SGD : Optimizer
{
    /// <summary>Creates the optimizer.</summary>
    /// <param name="learningRate">Rate or schedule. The default value is 0.01.</param>
    /// <param name="momentum">Momentum μ in [0, 1]. The default value is 0.</param>
    /// <param name="nesterov">Use Nesterov momentum. The default value is false.</param>
    public SGD(LearningRateSchedule? learningRate = null, double momentum = 0.0, bool nesterov = false)
        : base(learningRate ?? 0.01)
    {
        Momentum = RequireInRange(momentum, 0, 1, nameof(momentum));
        Nesterov = nesterov;
    }

    /// <summary>The momentum μ.</summary>
    public double Momentum { get; }

    /// <summary>Whether Nesterov momentum is used.</summary>
    public bool Nesterov { get; }

    /// <inheritdoc />
    public override string Name => "sgd";

    /// <inheritdoc />
    protected override int SlotCount => Momentum > 0 ? 1 : 0;

    /// <inheritdoc />
    protected override void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state)
    {
        using var step = (-learningRate).ToScalar();
        if (Momentum == 0)
        {
            variable.add_(gradient, step);
            return;
        }

        using var momentum = Momentum.ToScalar();
        var m = state[0];
        m.mul_(momentum).add_(gradient, step);
        if (Nesterov)
        {
            variable.add_(m, momentum).add_(gradient, step);
        }
        else
        {
            using var one = 1.0.ToScalar();
            variable.add_(m, one);
        }
    }
}
