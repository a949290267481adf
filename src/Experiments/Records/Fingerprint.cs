namespace KerasNet.Experiments.Records;

/// <summary>
/// A cheap quantity that pins a run's numerics: the training loss of each of the first <see cref="Steps"/>
/// steps. Recomputing it takes seconds, and any change to initialization, data order, the model or an
/// optimizer default changes it.
/// </summary>
/// <param name="Steps">How many steps were recorded.</param>
/// <param name="Losses">The batch loss of each step.</param>
public sealed record Fingerprint(int Steps, IReadOnlyList<double> Losses);
