using KerasNet.Serialization;

namespace KerasNet.Optimizers.Schedules;

/// <summary>Learning-rate schedules from Keras's serialized form (<c>keras.optimizers.schedules.deserialize</c>).</summary>
public static class LearningRateSchedules
{
    /// <summary>
    /// The schedule of class <paramref name="className"/> (<c>ExponentialDecay</c>) with its config: <c>initial_learning_rate</c>
    /// (<paramref name="initialLearningRate"/> when absent), <c>decay_steps</c>, <c>decay_rate</c>, <c>staircase</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Unknown class, a key the class does not take, a value of the wrong type or out of range.</exception>
    public static LearningRateSchedule Deserialize(string className, IReadOnlyDictionary<string, object>? config, double initialLearningRate)
    {
        ArgumentNullException.ThrowIfNull(className);
        var arguments = new SerializedConfig(className, config);
        LearningRateSchedule schedule = SerializedConfig.SnakeCase(className) switch
        {
            "exponential_decay" => Exponential(arguments, initialLearningRate),
            _ => throw new ArgumentException($"Unknown learning-rate schedule: '{className}'. Known schedules: ExponentialDecay."),
        };
        arguments.RejectUnread();
        return schedule;
    }

    private static ExponentialDecay Exponential(SerializedConfig arguments, double initialLearningRate)
    {
        double initial = arguments.Number("initial_learning_rate", initialLearningRate);
        double steps = arguments.Number("decay_steps", 0);
        double rate = arguments.Number("decay_rate", -1);
        bool staircase = arguments.Flag("staircase", false);
        if (steps < 1 || steps != Math.Floor(steps) || rate < 0)
        {
            throw new ArgumentException($"ExponentialDecay needs a positive integer decay_steps and a non-negative decay_rate; received decay_steps={steps}, decay_rate={rate}.");
        }

        return new ExponentialDecay(initial, (long)steps, rate, staircase);
    }
}
