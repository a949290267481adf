namespace KerasNet.Experiments.Configuration;

/// <summary>
/// How one variant trains. In a config file the experiment's <c>training</c> gives every field; a variant's
/// <c>training</c> overrides only the fields it names.
/// </summary>
public sealed record TrainingSettings
{
    /// <summary>Catalog model name (see <c>reproduce models</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Keras optimizer name: sgd, adam, rmsprop, adagrad, adadelta.</summary>
    public string? Optimizer { get; init; }

    /// <summary>Learning rate.</summary>
    public double? LearningRate { get; init; }

    /// <summary>Optimizer ε where it has one (Adam, RMSprop, Adagrad, Adadelta); Keras's default when absent.</summary>
    public double? Epsilon { get; init; }

    /// <summary>SGD/RMSprop momentum; 0 when absent.</summary>
    public double? Momentum { get; init; }

    /// <summary>Keras loss name.</summary>
    public string? Loss { get; init; }

    /// <summary>Samples per step.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Epochs.</summary>
    public int? Epochs { get; init; }

    /// <summary>Evaluation points per epoch; 1 when absent.</summary>
    public int? EvaluationsPerEpoch { get; init; }

    /// <summary>These settings with every field <paramref name="overrides"/> sets replaced.</summary>
    public TrainingSettings With(TrainingSettings? overrides) => overrides is null ? this : new TrainingSettings
    {
        Model = overrides.Model ?? Model,
        Optimizer = overrides.Optimizer ?? Optimizer,
        LearningRate = overrides.LearningRate ?? LearningRate,
        Epsilon = overrides.Epsilon ?? Epsilon,
        Momentum = overrides.Momentum ?? Momentum,
        Loss = overrides.Loss ?? Loss,
        BatchSize = overrides.BatchSize ?? BatchSize,
        Epochs = overrides.Epochs ?? Epochs,
        EvaluationsPerEpoch = overrides.EvaluationsPerEpoch ?? EvaluationsPerEpoch,
    };
}
