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
        return results;
    }

    private static CheckResult CheckReference(ExperimentConfig config, ExperimentSummary summary, ReferenceValue reference, int requiredSeeds)
    {
        var point = summary.Variant(reference.Variant)?.At(reference.Metric, reference.Epoch);
        string head = $"{config.Name} {reference.Variant} {reference.Metric} epoch {reference.Epoch}: reference {F(reference.Value)}";
        if (point is null || point.Count < requiredSeeds)
        {
            string found = point is null ? "no records" : $"only {point.Count} of {requiredSeeds} seeds";
            return new CheckResult($"{head}, {found}", CheckOutcome.Inconclusive, $"{found}; run 'reproduce run {config.Name}'.", reference.Check);
        }

        if (reference.Check == CheckKind.Collapses)
        {
            return CheckCollapse(head, point, reference);
        }

        double distance = Math.Abs(point.Mean - reference.Value);
        bool within = distance <= reference.Tolerance;
        string description = $"{head}, reproduced {F(point.Mean)}±{F(point.StandardDeviation)} (n={point.Count})";
        return reference.Check == CheckKind.Reproduces
            ? new CheckResult(description, within ? CheckOutcome.Pass : CheckOutcome.Fail, $"|difference| {F(distance)} {(within ? "≤" : ">")} tolerance {F(reference.Tolerance)}.", reference.Check)
            : new CheckResult(description, within ? CheckOutcome.Fail : CheckOutcome.Pass, within
                ? $"recorded as a deviation ({reference.Reason}) but now within tolerance {F(reference.Tolerance)}: update the config."
                : $"deviation still holds: |difference| {F(distance)} > tolerance {F(reference.Tolerance)} ({reference.Reason}).", reference.Check);
    }

    private static CheckResult CheckCollapse(string head, CurveStatistics point, ReferenceValue reference)
    {
        var collapsed = point.Values.Where(v => Math.Abs(v - reference.Value) <= reference.Tolerance).ToList();
        var others = point.Values.Where(v => Math.Abs(v - reference.Value) > reference.Tolerance).ToList();
        string rest = others.Count == 0 ? "no other seeds" : $"the other {others.Count} average {F(others.Average())}";
        string description = $"{head} (a collapsed run), {collapsed.Count} of {point.Count} seeds collapsed, {rest}";
        return collapsed.Count > 0
            ? new CheckResult(description, CheckOutcome.Pass, $"{collapsed.Count} of {point.Count} seeds end within {F(reference.Tolerance)} of {F(reference.Value)}, as the published run did.", reference.Check)
            : new CheckResult(description, CheckOutcome.Fail, $"no seed ends within {F(reference.Tolerance)} of {F(reference.Value)}: the published collapse does not reproduce ({reference.Reason}).", reference.Check);
    }

    private static CheckResult CheckClaim(ExperimentConfig config, ExperimentSummary summary, ClaimConfig claim, int requiredSeeds)
    {
        string head = $"{config.Name} claim \"{claim.Text}\"";
        var higher = summary.Variant(claim.Higher)?.At(claim.Metric, claim.HigherEpoch);
        var lower = claim.Lower is null ? null : summary.Variant(claim.Lower)?.At(claim.Metric, claim.LowerEpoch!.Value);
        if (higher is null || higher.Count < requiredSeeds || (claim.Lower is not null && (lower is null || lower.Count < requiredSeeds)))
        {
            string needs = claim.Lower is null ? claim.Higher : $"{claim.Higher} and {claim.Lower}";
            return new CheckResult($"{head}: not enough records", CheckOutcome.Inconclusive, $"needs {requiredSeeds} seeds of {needs}.", null);
        }

        double difference = higher.Mean - (lower?.Mean ?? 0);
        bool holds = difference > claim.Margin;
        string compared = lower is null
            ? $"{claim.Higher}@{claim.HigherEpoch} {F(higher.Mean)} {claim.Metric} (n={higher.Count})"
            : $"{claim.Higher}@{claim.HigherEpoch} {F(higher.Mean)} vs {claim.Lower}@{claim.LowerEpoch} {F(lower.Mean)} {claim.Metric} (n={Math.Min(higher.Count, lower.Count)})";
        return new CheckResult(
            $"{head}: {compared}",
            holds ? CheckOutcome.Pass : CheckOutcome.Fail,
            lower is null
                ? $"mean {F(difference)} {(holds ? ">" : "≤")} threshold {F(claim.Margin)}."
                : $"difference {F(difference)} {(holds ? ">" : "≤")} margin {F(claim.Margin)}.",
            null);
    }

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
