using System.Globalization;
using System.Text;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Experiments.Reporting;

/// <summary>
/// For a grid experiment (every variant named <c>a=…,b=…</c> over the same two keys), the published table laid out as
/// the report has it: one table per checked metric and epoch, rows the first key, columns the second, each cell the
/// published value and the reproduced seed mean ± std.
/// </summary>
public static class GridTable
{
    /// <summary>The tables in Markdown, or an empty string when the variants do not form a two-key grid.</summary>
    public static string Render(ExperimentConfig config, ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var cells = config.Variants.Select(v => (Variant: v.Name, Keys: Parse(v.Name))).ToList();
        if (cells.Any(c => c.Keys is not { Count: 2 }) || cells.Select(c => $"{c.Keys![0].Key},{c.Keys[1].Key}").Distinct().Count() != 1)
        {
            return string.Empty;
        }

        string rowKey = cells[0].Keys![0].Key;
        string columnKey = cells[0].Keys![1].Key;
        var rows = cells.Select(c => c.Keys![0].Value).Distinct().ToList();
        var columns = cells.Select(c => c.Keys![1].Value).Distinct().ToList();
        var text = new StringBuilder();
        foreach (var group in config.References.GroupBy(r => (r.Metric, r.Epoch)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.Metric} after epoch {group.Key.Epoch}: published → reproduced (mean ± std over seeds; a collapsed cell shows how many seeds collapsed)");
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {rowKey} \\ {columnKey} | {string.Join(" | ", columns)} |");
            text.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(columns.Select(_ => "---|"))}");
            foreach (string row in rows)
            {
                var line = columns.Select(column =>
                {
                    string variant = $"{rowKey}={row},{columnKey}={column}";
                    var reference = group.FirstOrDefault(r => r.Variant == variant);
                    var point = summary.Variant(variant)?.At(group.Key.Metric, group.Key.Epoch);
                    return Cell(reference, point);
                });
                text.AppendLine(CultureInfo.InvariantCulture, $"| {row} | {string.Join(" | ", line)} |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Cell(ReferenceValue? reference, CurveStatistics? point)
    {
        string published = reference is null ? "–" : reference.Value.ToString("0.00", CultureInfo.InvariantCulture);
        if (point is null)
        {
            return $"{published} → (not run)";
        }

        string reproduced = point.Count < 2 ? $"{F(point.Mean)} (n=1)" : $"{F(point.Mean)} ± {F(point.StandardDeviation)} (n={point.Count})";
        if (reference?.Check == CheckKind.Collapses)
        {
            int collapsed = point.Values.Count(v => Math.Abs(v - reference.Value) <= reference.Tolerance);
            reproduced += $", {collapsed} collapsed";
        }

        return $"{published} → {reproduced}";
    }

    private static List<(string Key, string Value)>? Parse(string variant)
    {
        var parts = variant.Split(',').Select(p => p.Split('=')).ToList();
        return parts.All(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0) ? parts.Select(p => (p[0], p[1])).ToList() : null;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
