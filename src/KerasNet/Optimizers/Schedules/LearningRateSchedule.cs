namespace KerasNet.Optimizers.Schedules;

/// <summary>The learning rate as a function of the optimizer's step count (Keras <c>LearningRateSchedule</c>).</summary>
public abstract class LearningRateSchedule
{
    /// <summary>A constant learning rate.</summary>
    public static implicit operator LearningRateSchedule(double learningRate) => new ConstantLearningRate(learningRate);

    /// <summary>Same as the implicit conversion: a constant learning rate.</summary>
    public static LearningRateSchedule FromDouble(double learningRate) => new ConstantLearningRate(learningRate);

    /// <summary>The learning rate for the update with 0-based index <paramref name="step"/>.</summary>
    public abstract double At(long step);

    /// <summary>Throws unless <paramref name="value"/> is a finite non-negative number.</summary>
    protected static double RequireNonNegative(double value, string name) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(name, $"Expected a finite non-negative number. Received: {name}={value}");
}
