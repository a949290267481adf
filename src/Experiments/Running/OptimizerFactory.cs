using KerasNet.Experiments.Configuration;
using KerasNet.Optimizers;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Creates the optimizer resolved settings describe. What the settings leave out keeps the optimizer's own
/// (Keras) default, so the library stays the one place those defaults live.
/// </summary>
public static class OptimizerFactory
{
    /// <summary>The optimizer.</summary>
    public static Optimizer Create(TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double lr = settings.LearningRate!.Value;
        double momentum = settings.Momentum ?? 0;
        if (settings.LearningRateSchedule is { } schedule)
        {
            return settings.Optimizer == "sgd" && settings.Epsilon is null
                ? new SGD(schedule.ToSchedule(lr), momentum)
                : throw new ConfigurationException($"A learning-rate schedule is supported with sgd only; optimizer '{settings.Optimizer}'.");
        }

        return (settings.Optimizer, settings.Epsilon) switch
        {
            ("sgd", _) => new SGD(lr, momentum),
            ("adam", null) => new Adam(lr),
            ("adam", { } epsilon) => new Adam(lr, epsilon: epsilon),
            ("rmsprop", null) => new RMSprop(lr, momentum: momentum),
            ("rmsprop", { } epsilon) => new RMSprop(lr, momentum: momentum, epsilon: epsilon),
            ("adagrad", null) => new Adagrad(lr),
            ("adagrad", { } epsilon) => new Adagrad(lr, epsilon: epsilon),
            ("adadelta", null) => new Adadelta(lr),
            ("adadelta", { } epsilon) => new Adadelta(lr, epsilon: epsilon),
            _ => throw new ConfigurationException($"Unknown optimizer '{settings.Optimizer}'."),
        };
    }
}
