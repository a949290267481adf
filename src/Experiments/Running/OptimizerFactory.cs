using KerasNet.Experiments.Configuration;
using KerasNet.Optimizers;

namespace KerasNet.Experiments.Running;

/// <summary>Creates the optimizer resolved settings describe, with Keras's defaults for what they leave out.</summary>
public static class OptimizerFactory
{
    /// <summary>The optimizer.</summary>
    public static Optimizer Create(TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        double lr = settings.LearningRate!.Value;
        double momentum = settings.Momentum ?? 0;
        return settings.Optimizer switch
        {
            "sgd" => new SGD(lr, momentum),
            "adam" => new Adam(lr, epsilon: settings.Epsilon ?? 1e-7),
            "rmsprop" => new RMSprop(lr, momentum: momentum, epsilon: settings.Epsilon ?? 1e-7),
            "adagrad" => new Adagrad(lr, epsilon: settings.Epsilon ?? 1e-7),
            "adadelta" => new Adadelta(lr, epsilon: settings.Epsilon ?? 1e-7),
            _ => throw new ConfigurationException($"Unknown optimizer '{settings.Optimizer}'."),
        };
    }
}
