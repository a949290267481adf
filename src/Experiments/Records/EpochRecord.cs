namespace KerasNet.Experiments.Records;

/// <summary>One point of a learning curve: an epoch end or an evaluation inside an epoch.</summary>
/// <param name="Epoch">The (possibly fractional) epoch, 1 at the end of the first epoch.</param>
/// <param name="Metrics">Logged values by Keras name (<c>loss</c>, <c>accuracy</c>, <c>val_loss</c>, <c>learning_rate</c>, ...).</param>
public sealed record EpochRecord(double Epoch, IReadOnlyDictionary<string, double> Metrics);
