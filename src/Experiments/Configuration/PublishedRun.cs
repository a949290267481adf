namespace KerasNet.Experiments.Configuration;

/// <summary>One single run a report published, for <see cref="CollapseRateSettings.Pattern"/>.</summary>
/// <param name="Setting">The variant name's part after the form, e.g. <c>batch=64</c>.</param>
/// <param name="Collapsed">Whether the published run collapsed.</param>
/// <param name="Source">Where the report shows it, e.g. <c>Table 1, batch 64, 5 epochs: 0.91</c>.</param>
public sealed record PublishedRun(string Setting, bool Collapsed, string Source)
{
    /// <summary>
    /// What the measured rates are expected to say about this run alone, per form (checked by <c>verify</c>): its outcome
    /// is consistent with chance when its probability under the setting's measured rate, collapsed / seeds unsmoothed, is
    /// at least <see cref="PatternCheck.Alpha"/>. Unsmoothed, because one run against 16 seeds is never significant: its
    /// smoothed probability is at least 1/18. At α 0.05 and 16 seeds the statement "consistent" thus says that at least
    /// one of our seeds did what the published run did.
    /// </summary>
    public IReadOnlyList<PatternCheck> Checks { get; init; } = [];
}
