using System.Globalization;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Experiments.Verification;

/// <summary>Checks an experiment's seed-averaged results against its config's reference numbers and claims.</summary>
public static class Verifier
{
    /// <summary>Every check of <paramref name="config"/>; a point with fewer than <paramref name="requiredSeeds"/> seeds is inconclusive.</summary>
    public static IReadOnlyList<CheckResult> Check(ExperimentConfig config, ExperimentSummary summary, int requiredSeeds)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var results = config.References.Select(r => CheckReference(config, summary, r, requiredSeeds)).ToList();
        results.AddRange(config.Claims.Select(c => CheckClaim(config, summary, c, requiredSeeds)));
        results.AddRange(CheckCollapsePatterns(config, summary, requiredSeeds));
        return results;
    }

    /// <summary>
    /// The checks of a collapse-rate experiment: its <see cref="CollapseRateSettings.Checks"/> on the whole pattern, then
    /// each published run's <see cref="PublishedRun.Checks"/> (none for other experiments).
    /// </summary>
    public static IReadOnlyList<CheckResult> CheckCollapsePatterns(ExperimentConfig config, ExperimentSummary summary, int requiredSeeds)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        return config.CollapseRate is { } collapseRate
            ?
            [
                .. collapseRate.Checks.Select(c => CheckPattern(config.Name, collapseRate, c, summary, requiredSeeds)),
                .. collapseRate.Pattern.SelectMany(run => run.Checks.Select(c => CheckPublishedRun(config.Name, collapseRate, run, c, summary, requiredSeeds))),
            ]
            : [];
    }

    /// <summary>
    /// A <see cref="PatternCheck"/>: the p-value of the report's published runs under the form's smoothed collapse rates
    /// (<see cref="CollapsePattern"/>), against the statement or, for a recorded deviation, its pinned value.
    /// </summary>
    private static CheckResult CheckPattern(string experiment, CollapseRateSettings settings, PatternCheck check, ExperimentSummary summary, int requiredSeeds)
    {
        string statement = $"the report's runs are {(check.Consistent ? "consistent" : "not consistent")} with chance under the {check.Form} form's collapse rates";
        string head = $"{experiment} claim \"{statement}\"";
        var counts = new Dictionary<string, (int Collapsed, int Seeds)>(StringComparer.Ordinal);
        foreach (string setting in settings.Pattern.Select(r => r.Setting).Distinct())
        {
            string variant = $"{check.Form},{setting}";
            if (CollapsePattern.Count(settings, summary, variant) is not { } count || count.Seeds < requiredSeeds)
            {
                return new CheckResult($"{head}: not enough records", CheckOutcome.Inconclusive, $"needs {requiredSeeds} seeds of {variant}.", null);
            }

            counts[setting] = count;
        }

        double p = CollapsePattern.PValue(settings.Pattern, setting => CollapsePattern.Smoothed(counts[setting].Collapsed, counts[setting].Seeds))!.Value;
        string measured = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value.Collapsed} of {c.Value.Seeds} collapsed"));
        return Judge($"{head}: {measured}; p = {F(p)}", check, p, "p", "the published runs are");
    }

    /// <summary>
    /// A <see cref="PublishedRun.Checks"/> statement: the probability of the run's outcome under its setting's unsmoothed
    /// collapse rate in the check's form, against the statement or its pinned value.
    /// </summary>
    private static CheckResult CheckPublishedRun(string experiment, CollapseRateSettings settings, PublishedRun run, PatternCheck check, ExperimentSummary summary, int requiredSeeds)
    {
        string outcome = run.Collapsed ? "collapsed" : "escaped";
        string statement = $"{run.Source} ({outcome}) is {(check.Consistent ? "consistent" : "not consistent")} with chance under the {check.Form} form's {run.Setting} rate";
        string head = $"{experiment} claim \"{statement}\"";
        string variant = $"{check.Form},{run.Setting}";
        if (CollapsePattern.Count(settings, summary, variant) is not { } count || count.Seeds < requiredSeeds)
        {
            return new CheckResult($"{head}: not enough records", CheckOutcome.Inconclusive, $"needs {requiredSeeds} seeds of {variant}.", null);
        }

        int same = run.Collapsed ? count.Collapsed : count.Seeds - count.Collapsed;
        double probability = (double)same / count.Seeds;
        return Judge($"{head}: {same} of {count.Seeds} seeds of {variant} {outcome} too; P = {F(probability)}", check, probability, "P", "the published run is");
    }

    /// <summary>
    /// The verdict on a collapse-rate statement whose test gave <paramref name="p"/>: consistent with chance when
    /// p ≥ α; a recorded deviation passes while p stays within its tolerance of the pinned value.
    /// </summary>
    private static CheckResult Judge(string description, PatternCheck check, double p, string symbol, string subject)
    {
        bool consistent = p >= check.Alpha;
        if (check.Observed is { } observed && check.ObservedTolerance is { } tolerance)
        {
            bool asPinned = Math.Abs(p - observed) <= tolerance;
            return new CheckResult(
                $"{description}, deviation pinned at {symbol} = {F(observed)}±{F(tolerance)}",
                asPinned ? CheckOutcome.Pass : CheckOutcome.Fail,
                asPinned
                    ? $"deviation as recorded: the statement {(consistent == check.Consistent ? "now holds: update the config" : "does not hold")} (α {F(check.Alpha)}); {symbol} lies within {F(tolerance)} of the observed {F(observed)} ({check.Reason})."
                    : $"the recorded deviation changed: {symbol} {F(p)} is not within {F(tolerance)} of the observed {F(observed)} ({check.Reason}).",
                CheckKind.Deviates);
        }

        return new CheckResult(
            description,
            consistent == check.Consistent ? CheckOutcome.Pass : CheckOutcome.Fail,
            $"{symbol} {F(p)} {(consistent ? "≥" : "<")} α {F(check.Alpha)}: {subject} {(consistent ? "consistent" : "not consistent")} with chance ({check.Reason}).",
            null);
    }

    private static CheckResult CheckReference(ExperimentConfig config, ExperimentSummary summary, ReferenceValue reference, int requiredSeeds)
    {
        var point = summary.Variant(reference.Variant)?.At(reference.Metric, reference.Epoch);
        string head = $"{config.Name} {reference.Variant} {reference.Metric} epoch {reference.Epoch}: reference {F(reference.Value)}";
        if (Diverged(summary, reference.Variant) is { } diverged)
        {
            return new CheckResult($"{head}, {diverged}", CheckOutcome.Fail, $"{diverged}: a diverged run never verifies.", reference.Check);
        }

        if (point is null || point.Count < requiredSeeds)
        {
            string found = point is null ? "no records" : $"only {point.Count} of {requiredSeeds} seeds";
            return new CheckResult($"{head}, {found}", CheckOutcome.Inconclusive, $"{found}; run 'reproduce run {config.Name}'.", reference.Check);
        }

        if (point.Values.FirstOrDefault(v => !double.IsFinite(v), 0) is var bad && !double.IsFinite(bad))
        {
            return new CheckResult($"{head}, a seed reached {bad}", CheckOutcome.Fail, $"seed values [{string.Join(", ", point.Values.Select(F))}] include {bad}: a diverged or broken run never verifies.", reference.Check);
        }

        if (reference.Check == CheckKind.Collapses)
        {
            return CheckCollapse(head, point, reference);
        }

        double distance = Math.Abs(point.Mean - reference.Value);
        bool within = distance <= reference.Tolerance;
        string description = $"{head}, reproduced {F(point.Mean)}±{F(point.StandardDeviation)} (n={point.Count})";
        if (reference.Check == CheckKind.Reproduces)
        {
            return new CheckResult(description, within ? CheckOutcome.Pass : CheckOutcome.Fail, $"|difference| {F(distance)} {(within ? "≤" : ">")} tolerance {F(reference.Tolerance)}.", reference.Check);
        }

        double observed = reference.Observed!.Value;
        double tolerance = reference.ObservedTolerance!.Value;
        bool asPinned = Math.Abs(point.Mean - observed) <= tolerance;
        return new CheckResult(
            $"{description}, deviation pinned at {F(observed)}±{F(tolerance)}",
            asPinned ? CheckOutcome.Pass : CheckOutcome.Fail,
            asPinned
                ? $"deviation as recorded: the mean lies within {F(tolerance)} of the observed {F(observed)}, {F(distance)} from the reference ({reference.Reason})."
                : $"the recorded deviation changed: the mean {F(point.Mean)} is not within {F(tolerance)} of the observed {F(observed)}{(within ? ", and now reproduces the reference: update the config" : string.Empty)} ({reference.Reason}).",
            reference.Check);
    }

    private static CheckResult CheckCollapse(string head, CurveStatistics point, ReferenceValue reference)
    {
        var collapsed = point.Values.Where(v => Math.Abs(v - reference.Value) <= reference.Tolerance).ToList();
        var others = point.Values.Where(v => Math.Abs(v - reference.Value) > reference.Tolerance).ToList();
        string rest = others.Count == 0 ? "no other seeds" : $"the other {others.Count} average {F(others.Average())}";
        int expected = reference.CollapsedSeeds!.Value;
        string description = $"{head} (a collapsed run), {collapsed.Count} of {point.Count} seeds collapsed, {rest}";
        return collapsed.Count == expected
            ? new CheckResult(description, CheckOutcome.Pass, $"{collapsed.Count} of {point.Count} seeds end within {F(reference.Tolerance)} of {F(reference.Value)}, as recorded ({expected}).", reference.Check)
            : new CheckResult(description, CheckOutcome.Fail, $"{collapsed.Count} of {point.Count} seeds end within {F(reference.Tolerance)} of {F(reference.Value)}, where {expected} did when recorded ({reference.Reason}).", reference.Check);
    }

    private static CheckResult CheckClaim(ExperimentConfig config, ExperimentSummary summary, ClaimConfig claim, int requiredSeeds)
    {
        string head = $"{config.Name} claim \"{claim.Text}\"";
        if (new[] { claim.Higher, claim.Lower }.OfType<string>().Select(v => Diverged(summary, v)).FirstOrDefault(d => d is not null) is { } diverged)
        {
            return new CheckResult($"{head}: {diverged}", CheckOutcome.Fail, $"{diverged}: a diverged run never verifies.", null);
        }

        var higher = summary.Variant(claim.Higher)?.At(claim.Metric, claim.HigherEpoch);
        var lower = claim.Lower is null ? null : summary.Variant(claim.Lower)?.At(claim.Metric, claim.LowerEpoch!.Value);
        if (higher is null || higher.Count < requiredSeeds || (claim.Lower is not null && (lower is null || lower.Count < requiredSeeds)))
        {
            string needs = claim.Lower is null ? claim.Higher : $"{claim.Higher} and {claim.Lower}";
            return new CheckResult($"{head}: not enough records", CheckOutcome.Inconclusive, $"needs {requiredSeeds} seeds of {needs}.", null);
        }

        double difference = higher.Mean - (lower?.Mean ?? 0);
        double spread = claim.StandardErrors is { } z ? z * StandardError(higher, lower) : 0;
        double margin = AwayFromZero(claim.Margin, spread);
        double? most = claim.MaxDifference is { } m ? AwayFromZero(m, spread) : null;
        string? unlearned = claim.EverySeedAbove is { } floor ? Unlearned(claim.Higher, higher, floor) ?? (lower is null ? null : Unlearned(claim.Lower!, lower, floor)) : null;
        bool holds = difference > margin && !(difference > most) && unlearned is null;
        if (claim.Observed is { } observed && claim.ObservedTolerance is { } tolerance)
        {
            bool floorPinned = observed > claim.Margin && !(observed > claim.MaxDifference);
            bool asPinned = Math.Abs(difference - observed) <= tolerance && (!floorPinned || unlearned is not null);
            string recorded = floorPinned && unlearned is not null ? $"{unlearned}, and the" : "the";
            string changed = floorPinned && unlearned is null
                ? $"every seed now ends above the floor {F(claim.EverySeedAbove!.Value)}, which this deviation rested on"
                : $"difference {F(difference)} is not within {F(tolerance)} of the observed {F(observed)}";
            return new CheckResult(
                $"{head}: {(lower is null ? claim.Higher : $"{claim.Higher} vs {claim.Lower}")} {claim.Metric} difference {F(difference)}, deviation pinned at {F(observed)}±{F(tolerance)}",
                asPinned ? CheckOutcome.Pass : CheckOutcome.Fail,
                asPinned
                    ? $"deviation as recorded: the claim {(holds ? "now holds: update the config" : "does not hold")} (margin {F(claim.Margin)}); {recorded} difference lies within {F(tolerance)} of the observed {F(observed)} ({claim.Reason})."
                    : $"the recorded deviation changed: {changed}{(holds ? ", and the claim now holds: update the config" : string.Empty)} ({claim.Reason}).",
                CheckKind.Deviates);
        }

        string compared = lower is null
            ? $"{claim.Higher}@{claim.HigherEpoch} {F(higher.Mean)} {claim.Metric} (n={higher.Count})"
            : $"{claim.Higher}@{claim.HigherEpoch} {F(higher.Mean)} vs {claim.Lower}@{claim.LowerEpoch} {F(lower.Mean)} {claim.Metric} (n={Math.Min(higher.Count, lower.Count)})";
        if (unlearned is not null)
        {
            return new CheckResult($"{head}: {compared}", CheckOutcome.Fail, $"{unlearned}: a run that did not learn cannot support the claim, whatever the means.", null);
        }

        return new CheckResult(
            $"{head}: {compared}",
            holds ? CheckOutcome.Pass : CheckOutcome.Fail,
            (lower is null ? "mean" : "difference", most) switch
            {
                (var what, { } upper) => $"{what} {F(difference)} {(holds ? "is" : "is not")} in ({F(margin)}, {F(upper)}]{Widened(claim, spread)}.",
                ("mean", null) => $"mean {F(difference)} {(holds ? ">" : "≤")} threshold {F(margin)}{Widened(claim, spread)}.",
                _ => $"difference {F(difference)} {(holds ? ">" : "≤")} margin {F(margin)}{Widened(claim, spread)}.",
            },
            null);
    }

    /// <summary>Which of a variant's seeds end at or below <paramref name="floor"/>, in words, or null when none does.</summary>
    private static string? Unlearned(string variant, CurveStatistics point, double floor)
    {
        var below = point.AtOrBelow(floor);
        return below.Count == 0 ? null : $"{below.Count} of {point.Count} seeds of {variant} end at or below {F(floor)} ({string.Join(", ", below.Select(F))})";
    }

    /// <summary>The standard error of the difference of the two seed means, or of the one mean for an absolute claim.</summary>
    private static double StandardError(CurveStatistics higher, CurveStatistics? lower) =>
        Math.Sqrt(Square(higher.StandardDeviation) / higher.Count + (lower is null ? 0 : Square(lower.StandardDeviation) / lower.Count));

    private static double Square(double value) => value * value;

    /// <summary>A bound widened away from zero to at least <paramref name="spread"/>.</summary>
    private static double AwayFromZero(double bound, double spread) => bound >= 0 ? Math.Max(bound, spread) : Math.Min(bound, -spread);

    private static string Widened(ClaimConfig claim, double spread) =>
        claim.StandardErrors is { } z ? $" (bounds at least {z.ToString(CultureInfo.InvariantCulture)} standard errors = {F(spread)} from 0; stated {F(claim.Margin)}{(claim.MaxDifference is { } m ? $", {F(m)}" : string.Empty)})" : string.Empty;

    private static string? Diverged(ExperimentSummary summary, string variant) =>
        summary.Variant(variant) is { Diverged.Count: > 0 } found
            ? $"{variant} seed {string.Join(", ", found.Diverged)} diverged (NaN or infinite metrics)"
            : null;

    /// <summary>Four decimals, or three significant digits in scientific notation for magnitudes below 0.001 (gradient differences).</summary>
    private static string F(double value) =>
        value != 0 && Math.Abs(value) < 1e-3 ? value.ToString("0.00e+0", CultureInfo.InvariantCulture) : value.ToString("0.0000", CultureInfo.InvariantCulture);
}
