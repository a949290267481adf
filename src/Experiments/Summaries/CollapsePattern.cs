using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Summaries;

/// <summary>
/// How likely a report's published single runs are under measured collapse rates: the outcome probability of the
/// pattern and the exact p-value of <see cref="PatternCheck"/>.
/// </summary>
public static class CollapsePattern
{
    /// <summary>
    /// The probability of the published runs' outcomes, each run independent with its setting's collapse rate; null when a
    /// setting has no rate.
    /// </summary>
    public static double? Probability(IReadOnlyList<PublishedRun> pattern, Func<string, double?> rate)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(rate);
        double probability = 1;
        foreach (var run in pattern)
        {
            if (rate(run.Setting) is not { } p)
            {
                return null;
            }

            probability *= run.Collapsed ? p : 1 - p;
        }

        return probability;
    }

    /// <summary>
    /// The exact p-value of the published outcomes: the total probability of every pattern of outcomes of the same runs
    /// that is no more likely than the published one (a relative 1e-9 decides ties). Null when a setting has no rate.
    /// </summary>
    public static double? PValue(IReadOnlyList<PublishedRun> pattern, Func<string, double?> rate)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pattern.Count, 20);
        if (Probability(pattern, rate) is not { } observed)
        {
            return null;
        }

        double total = 0;
        for (int outcomes = 0; outcomes < 1 << pattern.Count; outcomes++)
        {
            var alternative = pattern.Select((run, i) => run with { Collapsed = (outcomes >> i & 1) == 1 }).ToList();
            double probability = Probability(alternative, rate)!.Value;
            if (probability <= observed * (1 + 1e-9))
            {
                total += probability;
            }
        }

        return Math.Min(1, total);
    }

    /// <summary>
    /// How many of a variant's seeds collapsed (their <see cref="CollapseRateSettings.Metric"/> after
    /// <see cref="CollapseRateSettings.Epoch"/> at or below <see cref="CollapseRateSettings.Threshold"/>) out of how many,
    /// or null when the variant has no records at that point.
    /// </summary>
    public static (int Collapsed, int Seeds)? Count(CollapseRateSettings settings, ExperimentSummary summary, string variant)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Variant(variant)?.At(settings.Metric, settings.Epoch) is { Count: > 0 } point
            ? (point.AtOrBelow(settings.Threshold).Count, point.Count)
            : null;
    }

    /// <summary>The rule-of-succession rate (collapsed + 1) / (seeds + 2): never 0 or 1, so no outcome is impossible.</summary>
    public static double Smoothed(int collapsed, int seeds) => (collapsed + 1.0) / (seeds + 2.0);
}
