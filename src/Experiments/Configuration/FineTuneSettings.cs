namespace KerasNet.Experiments.Configuration;

/// <summary>
/// A second training phase after the first <see cref="TrainingSettings.Epochs"/>: every layer but the last
/// <see cref="TrainableLayers"/> is frozen and training continues with the same optimizer and its state, as
/// Keras does when layers are set non-trainable and the model is recompiled with the same optimizer object.
/// </summary>
public sealed record FineTuneSettings
{
    /// <summary>Epochs of the second phase.</summary>
    public required int Epochs { get; init; }

    /// <summary>How many of the model's last layers (counted as Keras lists them, pooling and flatten included) stay trainable.</summary>
    public required int TrainableLayers { get; init; }
}
