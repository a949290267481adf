namespace KerasNet.Experiments.Summaries;

/// <summary>The seed-averaged curves of one variant.</summary>
/// <param name="Variant">Variant name.</param>
/// <param name="Seeds">The seeds whose completed records were averaged.</param>
/// <param name="Diverged">Seeds whose run diverged (not averaged).</param>
/// <param name="Curves">Metric name → statistics per epoch.</param>
public sealed record VariantSummary(string Variant, IReadOnlyList<int> Seeds, IReadOnlyList<int> Diverged, IReadOnlyDictionary<string, IReadOnlyList<CurveStatistics>> Curves)
{
    /// <summary>The statistics of a metric at an epoch, or null when no record reaches it.</summary>
    public CurveStatistics? At(string metric, int epoch) =>
        Curves.TryGetValue(metric, out var curve) ? curve.FirstOrDefault(c => c.Epoch == epoch) : null;
}
