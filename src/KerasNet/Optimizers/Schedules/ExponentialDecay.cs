namespace KerasNet.Optimizers.Schedules;

/// <summary>
/// Keras <c>ExponentialDecay</c>: <c>initial · rate^(step / decaySteps)</c>, with the exponent floored when
/// <c>staircase</c> is set (step decay).
/// </summary>
public sealed class ExponentialDecay : LearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="initialLearningRate">The rate at step 0.</param>
    /// <param name="decaySteps">Steps per decay period (positive).</param>
    /// <param name="decayRate">Factor per period.</param>
    /// <param name="staircase">Decay in whole periods only. The default value is false.</param>
    public ExponentialDecay(double initialLearningRate, long decaySteps, double decayRate, bool staircase = false)
    {
        InitialLearningRate = RequireNonNegative(initialLearningRate, nameof(initialLearningRate));
        DecayRate = RequireNonNegative(decayRate, nameof(decayRate));
        DecaySteps = decaySteps > 0 ? decaySteps : throw new ArgumentOutOfRangeException(nameof(decaySteps), $"Expected a positive integer. Received: decaySteps={decaySteps}");
        Staircase = staircase;
    }

    /// <summary>The rate at step 0.</summary>
    public double InitialLearningRate { get; }

    /// <summary>Steps per decay period.</summary>
    public long DecaySteps { get; }

    /// <summary>Factor per period.</summary>
    public double DecayRate { get; }

    /// <summary>Whether the exponent is floored.</summary>
    public bool Staircase { get; }

    /// <inheritdoc />
    public override double At(long step)
    {
        double exponent = (double)step / DecaySteps;
        return InitialLearningRate * Math.Pow(DecayRate, Staircase ? Math.Floor(exponent) : exponent);
    }
}
