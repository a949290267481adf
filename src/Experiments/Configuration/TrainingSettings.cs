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

    /// <summary>
    /// Keras's learning-rate schedule in its serialized form (<c>ExponentialDecay</c>), starting from <see cref="LearningRate"/>;
    /// a constant rate when absent.
    /// </summary>
    public KerasObject? LearningRateSchedule { get; init; }

    /// <summary>Hidden-layer activation (Keras name) when the catalog model takes one; the model's own when absent.</summary>
    public string? Activation { get; init; }

    /// <summary>The negative slope when <see cref="Activation"/> is <c>leaky_relu</c>; Keras's 0.2 when absent.</summary>
    public double? NegativeSlope { get; init; }

    /// <summary>Initializer of the model's kernels when the catalog model takes one (a name or Keras's serialized form); the model's own when absent.</summary>
    public KerasObject? KernelInitializer { get; init; }

    /// <summary>Initializer of the model's biases when the catalog model takes one; the model's own when absent.</summary>
    public KerasObject? BiasInitializer { get; init; }

    /// <summary>Units of each hidden layer when the catalog model takes them (<c>[60, 60]</c>: two hidden layers); the model's own when absent.</summary>
    public IReadOnlyList<int>? HiddenUnits { get; init; }

    /// <summary>Filters of the model's convolution when the catalog model takes them (highsmith2019's L); the model's own when absent.</summary>
    public int? Filters { get; init; }

    /// <summary>Window size of the model's convolutions when the catalog model takes it; the model's own when absent.</summary>
    public int? KernelSize { get; init; }

    /// <summary>Step of the model's convolutions (Keras's <c>strides</c>) when the catalog model takes it; the model's own when absent.</summary>
    public int? Strides { get; init; }

    /// <summary>Filters of each convolution layer (<c>[20]</c>: one layer of 20; <c>[]</c>: none) when the catalog model takes them; the model's own when absent.</summary>
    public IReadOnlyList<int>? ConvolutionFilters { get; init; }

    /// <summary>The pooling after each convolution layer (<c>max</c>, <c>average</c>, <c>none</c>) when the catalog model takes it; the model's own when absent.</summary>
    public IReadOnlyList<string>? Pooling { get; init; }

    /// <summary>Padding of the model's convolutions (<c>same</c>, <c>valid</c>) when the catalog model takes it; the model's own when absent.</summary>
    public string? Padding { get; init; }

    /// <summary>
    /// Activation of the output layer in place of the model's softmax when the catalog model takes it: <c>linear</c> with a
    /// crossentropy <c>from_logits</c> is the logits path later tf.keras versions take for a softmax output.
    /// </summary>
    public string? OutputActivation { get; init; }

    /// <summary>Initializer of the output layer's kernel when the catalog model takes one (<c>identity</c>); the model's own when absent.</summary>
    public KerasObject? OutputInitializer { get; init; }

    /// <summary>
    /// Factors on the learning rate for the named layers' weights (highsmith2019's separate rates: with learning rate 1,
    /// <c>{"conv2d": lrA, "dense": lrW}</c>); 1 for every layer when absent.
    /// </summary>
    public IReadOnlyDictionary<string, double>? LearningRateMultipliers { get; init; }

    /// <summary>Layers whose weights are not trained (Keras's <c>trainable = False</c>), by name; none when absent.</summary>
    public IReadOnlyList<string>? FrozenLayers { get; init; }

    /// <summary>Optimizer ε where it has one (Adam, RMSprop, Adagrad, Adadelta); Keras's default when absent.</summary>
    public double? Epsilon { get; init; }

    /// <summary>SGD/RMSprop momentum; 0 when absent.</summary>
    public double? Momentum { get; init; }

    /// <summary>Keras loss: a name, or Keras's serialized form (e.g. <c>CategoricalCrossentropy</c> with <c>from_logits</c>).</summary>
    public KerasObject? Loss { get; init; }

    /// <summary>Samples per step.</summary>
    public int? BatchSize { get; init; }

    /// <summary>Epochs.</summary>
    public int? Epochs { get; init; }

    /// <summary>Evaluation points per epoch; 1 when absent.</summary>
    public int? EvaluationsPerEpoch { get; init; }

    /// <summary>Keras's <c>shuffle</c>: reorder the training samples every epoch; true when absent.</summary>
    public bool? Shuffle { get; init; }

    /// <summary>
    /// The training samples each epoch visits, by index into the selected training set, in this order (a new order of them
    /// each epoch when shuffled); every sample when absent. highsmith2019 trains on the first 31 rows, or presents rows
    /// t and 31 − t alternately.
    /// </summary>
    public IReadOnlyList<int>? EpochSamples { get; init; }

    /// <summary>Keras's <c>steps_per_epoch</c>: an epoch is this many batches, the first of its order; every sample's batch when absent.</summary>
    public int? StepsPerEpoch { get; init; }

    /// <summary>The steps of each epoch (from 1, ascending, the last the epoch's last) after which the run is evaluated, instead of <see cref="EvaluationsPerEpoch"/>.</summary>
    public IReadOnlyList<int>? EvaluationSteps { get; init; }

    /// <summary>
    /// Further sets evaluated at every evaluation point: <c>train</c> (the whole training set, logged as <c>train_loss</c>,
    /// <c>train_accuracy</c>) and <c>test</c> (the test set, when the run is validated on held-out training samples); none when absent.
    /// </summary>
    public IReadOnlyList<string>? Evaluate { get; init; }

    /// <summary>
    /// Keras's <c>validation_freq</c>: validate after every n-th epoch only; 1 when absent. Only validated epochs are
    /// recorded, so references and claims name such epochs.
    /// </summary>
    public int? ValidationFreq { get; init; }

    /// <summary>A frozen-layers second phase after <see cref="Epochs"/>; none when absent.</summary>
    public FineTuneSettings? FineTune { get; init; }

    /// <summary>All epochs trained: <see cref="Epochs"/> plus the fine-tuning phase's.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int TotalEpochs => (Epochs ?? 0) + (FineTune?.Epochs ?? 0);

    /// <summary>
    /// Whether <paramref name="other"/> sets every field to the same value, lists compared by their elements (the record's
    /// own equality compares lists by reference, so two loads of one config would differ).
    /// </summary>
    public bool Matches(TrainingSettings other) =>
        System.Text.Json.JsonSerializer.Serialize(this) == System.Text.Json.JsonSerializer.Serialize(other);

    /// <summary>These settings with every field <paramref name="overrides"/> sets replaced.</summary>
    public TrainingSettings With(TrainingSettings? overrides) => overrides is null ? this : new TrainingSettings
    {
        Model = overrides.Model ?? Model,
        Activation = overrides.Activation ?? Activation,
        NegativeSlope = overrides.NegativeSlope ?? NegativeSlope,
        KernelInitializer = overrides.KernelInitializer ?? KernelInitializer,
        BiasInitializer = overrides.BiasInitializer ?? BiasInitializer,
        HiddenUnits = overrides.HiddenUnits ?? HiddenUnits,
        Filters = overrides.Filters ?? Filters,
        KernelSize = overrides.KernelSize ?? KernelSize,
        Strides = overrides.Strides ?? Strides,
        ConvolutionFilters = overrides.ConvolutionFilters ?? ConvolutionFilters,
        Pooling = overrides.Pooling ?? Pooling,
        Padding = overrides.Padding ?? Padding,
        OutputActivation = overrides.OutputActivation ?? OutputActivation,
        OutputInitializer = overrides.OutputInitializer ?? OutputInitializer,
        LearningRateMultipliers = overrides.LearningRateMultipliers ?? LearningRateMultipliers,
        FrozenLayers = overrides.FrozenLayers ?? FrozenLayers,
        Optimizer = overrides.Optimizer ?? Optimizer,
        LearningRate = overrides.LearningRate ?? LearningRate,
        LearningRateSchedule = overrides.LearningRateSchedule ?? LearningRateSchedule,
        Epsilon = overrides.Epsilon ?? Epsilon,
        Momentum = overrides.Momentum ?? Momentum,
        Loss = overrides.Loss ?? Loss,
        BatchSize = overrides.BatchSize ?? BatchSize,
        Epochs = overrides.Epochs ?? Epochs,
        EvaluationsPerEpoch = overrides.EvaluationsPerEpoch ?? EvaluationsPerEpoch,
        Shuffle = overrides.Shuffle ?? Shuffle,
        EpochSamples = overrides.EpochSamples ?? EpochSamples,
        StepsPerEpoch = overrides.StepsPerEpoch ?? StepsPerEpoch,
        EvaluationSteps = overrides.EvaluationSteps ?? EvaluationSteps,
        Evaluate = overrides.Evaluate ?? Evaluate,
        ValidationFreq = overrides.ValidationFreq ?? ValidationFreq,
        FineTune = overrides.FineTune ?? FineTune,
    };
}
