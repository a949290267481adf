namespace KerasNet.Reproduce;

/// <summary>One missing run as <c>reproduce plan</c> prints it (a JSON line).</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Variant">The variant's name.</param>
/// <param name="Seed">The seed value.</param>
/// <param name="Epochs">All epochs the run trains.</param>
/// <param name="Shard">The part <c>--shard</c> named, or null.</param>
/// <param name="EstimatedSeconds">Its estimated wall time from the runs already trained (see <c>RunCostEstimate</c>), 0 for a run that will be shared, or null when no comparable run has trained.</param>
/// <param name="SharedFrom">The finished run of another experiment this run would be taken from instead of trained (see <c>RunRecord.SharedFrom</c>), or null.</param>
public sealed record PlannedRun(string Experiment, string Variant, int Seed, int Epochs, string? Shard, double? EstimatedSeconds, string? SharedFrom);
