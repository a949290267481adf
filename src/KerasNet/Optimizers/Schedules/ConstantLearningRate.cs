namespace KerasNet.Optimizers.Schedules;

/// <summary>The same learning rate at every step.</summary>
public sealed class ConstantLearningRate : LearningRateSchedule
{
    /// <summary>Creates the schedule.</summary>
    public ConstantLearningRate(double learningRate) => LearningRate = RequireNonNegative(learningRate, "learningRate");

    /// <summary>The learning rate.</summary>
    public double LearningRate { get; }

    /// <inheritdoc />
    public override double At(long step) => LearningRate;
}
