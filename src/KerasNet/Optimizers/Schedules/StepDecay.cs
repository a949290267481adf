namespace KerasNet.Optimizers.Schedules;

/// <summary>
/// Step decay: the rate is multiplied by <see cref="Factor"/> every <see cref="StepsPerDrop"/> steps
/// (equivalent to a staircase <see cref="ExponentialDecay"/>, named the way the reports speak of it).
/// </summary>
public sealed class StepDecay : LearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    /// <param name="initialLearningRate">The rate at step 0.</param>
    /// <param name="stepsPerDrop">Steps between drops (positive); one epoch is <c>ceil(samples / batch)</c> steps.</param>
    /// <param name="factor">Multiplier at each drop, e.g. 0.5.</param>
    public StepDecay(double initialLearningRate, long stepsPerDrop, double factor)
    {
        InitialLearningRate = RequireNonNegative(initialLearningRate, nameof(initialLearningRate));
        Factor = RequireNonNegative(factor, nameof(factor));
        StepsPerDrop = stepsPerDrop > 0 ? stepsPerDrop : throw new ArgumentOutOfRangeException(nameof(stepsPerDrop), $"Expected a positive integer. Received: stepsPerDrop={stepsPerDrop}");
    }

    /// <summary>The rate at step 0.</summary>
    public double InitialLearningRate { get; }

    /// <summary>Steps between drops.</summary>
    public long StepsPerDrop { get; }

    /// <summary>Multiplier at each drop.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override double At(long step) => InitialLearningRate * Math.Pow(Factor, step / StepsPerDrop);
}
