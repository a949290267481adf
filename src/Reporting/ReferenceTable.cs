using System.Globalization;
using System.Text;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reporting;

/// <summary>
/// For an experiment that publishes a table of variants × epochs (aven2019's Tables 0.1 and 0.2), that table laid out
/// as the report has it: one table per checked metric, rows the variants, columns the epochs, each cell the published
/// value, the reproduced seed mean ± std and the check's verdict. Accuracies are shown in percent, as the reports print them.
/// </summary>
public static class ReferenceTable
{
    /// <summary>The tables in Markdown, or an empty string when the references do not span two variants and two epochs.</summary>
    /// <param name="config">The experiment.</param>
    /// <param name="summary">Its seed-averaged curves.</param>
    /// <param name="verdicts">The verdict of each reference, in the config's order.</param>
    public static string Render(ExperimentConfig config, ExperimentSummary summary, IReadOnlyList<Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(verdicts);
        var references = config.References.Select((r, i) => (Reference: r, Verdict: verdicts[i])).ToList();
        var variants = references.Select(r => r.Reference.Variant).Distinct().ToList();
        var epochs = references.Select(r => r.Reference.Epoch).Distinct().Order().ToList();
        if (variants.Count < 2 || epochs.Count < 2)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var metric in references.GroupBy(r => r.Reference.Metric))
        {
            bool percent = metric.Key.EndsWith("accuracy", StringComparison.Ordinal);
            text.AppendLine(CultureInfo.InvariantCulture, $"{metric.Key}{(percent ? " (%)" : string.Empty)}: published → reproduced (mean ± std over seeds)");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"| variant | {string.Join(" | ", epochs.Select(e => $"epoch {e}"))} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(epochs.Select(_ => "---|"))}");
            foreach (string variant in variants)
            {
                var cells = epochs.Select(epoch =>
                {
                    var match = metric.FirstOrDefault(r => r.Reference.Variant == variant && r.Reference.Epoch == epoch);
                    return match.Reference is null ? "–" : Cell(match.Reference, match.Verdict, summary.Variant(variant)?.At(metric.Key, epoch), percent);
                });
                text.AppendLine(CultureInfo.InvariantCulture, $"| {variant} | {string.Join(" | ", cells)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Cell(ReferenceValue reference, Verdict verdict, CurveStatistics? point, bool percent)
    {
        double scale = percent ? 100 : 1;
        string format = percent ? "0.0" : "0.0000";
        string Number(double value) => (value * scale).ToString(format, CultureInfo.InvariantCulture);
        string mark = VerdictMark.Symbol(verdict);
        return point is null
            ? $"{Number(reference.Value)} → (not run)"
            : $"{mark} {Number(reference.Value)} → {Number(point.Mean)} ± {Number(point.StandardDeviation)}";
    }
}
