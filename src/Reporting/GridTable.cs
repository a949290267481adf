using System.Globalization;
using System.Text;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Reporting;

/// <summary>
/// For a grid experiment (every variant named <c>a=…,b=…</c> over the same two keys, optionally with a label part in
/// front, e.g. highsmith2019's <c>authors-rule,lrA=…,lrW=…</c>), the published table laid out as the report has it: one
/// table per checked metric, epoch and label, rows the first key, columns the second, each cell the published value
/// and the reproduced seed mean ± std.
/// </summary>
public static class GridTable
{
    /// <summary>The tables in Markdown, or an empty string when the variants do not form a two-key grid.</summary>
    public static string Render(ExperimentConfig config, ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var cells = config.Variants.Select(v => Parse(v.Name)).ToList();
        if (cells.Any(c => c is null) || cells.Select(c => $"{c!.Value.RowKey},{c.Value.ColumnKey}").Distinct().Count() != 1)
        {
            return string.Empty;
        }

        var grid = cells.Select(c => c!.Value).ToList();
        string rowKey = grid[0].RowKey;
        string columnKey = grid[0].ColumnKey;
        var rows = grid.Select(c => c.Row).Distinct().ToList();
        var columns = grid.Select(c => c.Column).Distinct().ToList();
        var text = new StringBuilder();
        foreach (var group in config.References.GroupBy(r => (r.Metric, r.Epoch)))
        {
            foreach (string label in grid.Select(c => c.Label).Distinct())
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.Metric} after epoch {group.Key.Epoch}{(label.Length > 0 ? $", {label}" : "")}: published → reproduced (mean ± std over seeds; a collapsed cell shows how many seeds collapsed)");
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"| {rowKey} \\ {columnKey} | {string.Join(" | ", columns)} |");
                text.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(columns.Select(_ => "---|"))}");
                foreach (string row in rows)
                {
                    var line = columns.Select(column =>
                    {
                        string? variant = grid.FirstOrDefault(c => c.Label == label && c.Row == row && c.Column == column).Variant;
                        var reference = group.FirstOrDefault(r => r.Variant == variant);
                        var point = variant is null ? null : summary.Variant(variant)?.At(group.Key.Metric, group.Key.Epoch);
                        return Cell(reference, point);
                    });
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {row} | {string.Join(" | ", line)} |");
                }

                text.AppendLine();
            }
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

    /// <summary>A variant name as a grid cell: its label (the parts without '=', joined) and its two keyed parts, or null.</summary>
    private static (string Variant, string Label, string RowKey, string Row, string ColumnKey, string Column)? Parse(string variant)
    {
        var parts = variant.Split(',');
        var keyed = parts.Where(p => p.Contains('=', StringComparison.Ordinal)).Select(p => p.Split('=')).ToList();
        var labels = parts.Where(p => !p.Contains('=', StringComparison.Ordinal)).ToList();
        return keyed.Count == 2 && keyed.All(p => p.Length == 2 && p[0].Length > 0 && p[1].Length > 0) && labels.All(l => l.Length > 0)
            ? (variant, string.Join(",", labels), keyed[0][0], keyed[0][1], keyed[1][0], keyed[1][1])
            : null;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
