using KerasNet.Experiments.Verification;
using ScottPlot;

namespace KerasNet.Reporting;

/// <summary>
/// A report's published numbers at a glance: x the published value, y the seed mean with the seeds' min–max as a bar,
/// each check's tolerance as a grey bar around the diagonal at its published value, colour by verdict; deviations are
/// labelled D1, D2, … (<see cref="LabelledDeviations"/>) when there are few enough to read.
/// </summary>
public static class PublishedVsReproducedPlot
{
    /// <summary>Deviations labelled by name up to this many; beyond it the colours alone tell them.</summary>
    public const int MaxLabels = 20;

    /// <summary>Writes the figure of <paramref name="points"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, string report, IReadOnlyList<PublishedPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        double low = points.Select(p => Math.Min(p.Published - p.Tolerance, p.Reproduced.Min)).DefaultIfEmpty(0).Min();
        double high = points.Select(p => Math.Max(p.Published + p.Tolerance, p.Reproduced.Max)).DefaultIfEmpty(1).Max();
        var diagonal = plot.Add.Line(low, low, high, high);
        diagonal.Color = Colors.Gray;
        diagonal.LinePattern = LinePattern.Dashed;
        foreach (var point in points)
        {
            var tolerance = plot.Add.Line(point.Published, point.Published - point.Tolerance, point.Published, point.Published + point.Tolerance);
            tolerance.Color = Colors.Gray.WithAlpha(0.25);
            tolerance.LineWidth = 4;
            var color = ColorOf(point.Verdict);
            var range = plot.Add.Line(point.Published, point.Reproduced.Min, point.Published, point.Reproduced.Max);
            range.Color = color;
            range.LineWidth = 1.5f;
            plot.Add.Marker(point.Published, point.Reproduced.Mean, MarkerShape.FilledCircle, 7, color);
        }

        var placed = new List<(double X, double Y, int Row)>();
        foreach (var (text, x, y) in Labels(LabelledDeviations(points), high - low))
        {
            // A label whose text would run into one already placed nearby goes a line lower.
            int row = placed.Where(p => Math.Abs(p.X - x) < 0.1 * (high - low) && Math.Abs(p.Y - y) < 0.03 * (high - low)).Select(p => p.Row + 1).DefaultIfEmpty(0).Max();
            placed.Add((x, y, row));
            var label = plot.Add.Text(text, x, y);
            label.LabelFontSize = 11;
            label.LabelFontColor = ColorOf(Verdict.Deviation);
            label.LabelAlignment = Alignment.LowerLeft;
            label.OffsetX = 5;
            label.OffsetY = row * 14;
        }

        foreach (var verdict in points.Select(p => p.Verdict).Distinct().Order())
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{Word(verdict)} ({points.Count(p => p.Verdict == verdict)})", MarkerShape = MarkerShape.FilledCircle, MarkerSize = 8, MarkerFillColor = ColorOf(verdict), MarkerLineColor = ColorOf(verdict), LineWidth = 0 });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "tolerance", LineColor = Colors.Gray.WithAlpha(0.25), LineWidth = 4 });
        plot.Title($"{report}: {points.Count} checked numbers, published vs reproduced", 14);
        plot.XLabel("published");
        plot.YLabel("reproduced: seed mean, bar min–max");
        plot.ShowLegend(Edge.Right);

        // Room on the right for the labels of the points with the largest published values.
        plot.Axes.SetLimitsX(low - (0.03 * (high - low)), high + (0.15 * (high - low)));
        PlotFile.SavePng(plot, path, 900, 560);
    }

    /// <summary>The deviations the figure labels D1, D2, … in this order: all of them when at most <see cref="MaxLabels"/>, else none.</summary>
    public static IReadOnlyList<PublishedPoint> LabelledDeviations(IReadOnlyList<PublishedPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var deviations = points.Where(p => p.Verdict == Verdict.Deviation).ToList();
        return deviations.Count <= MaxLabels ? deviations : [];
    }

    /// <summary>
    /// The labels D1, D2, … of <paramref name="deviations"/>, in order; deviations closer than 3% of the axes'
    /// <paramref name="span"/> to an earlier one share its label ("D2, D3"), which would otherwise be drawn over each other.
    /// </summary>
    /// <param name="deviations">The labelled deviations (<see cref="LabelledDeviations"/>).</param>
    /// <param name="span">The extent of the axes, in metric units.</param>
    /// <returns>Each label's text and its anchor: the first of its deviations.</returns>
    public static IReadOnlyList<(string Text, double X, double Y)> Labels(IReadOnlyList<PublishedPoint> deviations, double span)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        var groups = new List<(List<int> Numbers, double X, double Y)>();
        for (int i = 0; i < deviations.Count; i++)
        {
            var (x, y) = (deviations[i].Published, deviations[i].Reproduced.Mean);
            int near = groups.FindIndex(g => Math.Abs(g.X - x) < 0.03 * span && Math.Abs(g.Y - y) < 0.03 * span);
            if (near >= 0)
            {
                groups[near].Numbers.Add(i + 1);
            }
            else
            {
                groups.Add(([i + 1], x, y));
            }
        }

        return [.. groups.Select(g => (string.Join(", ", g.Numbers.Select(n => $"D{n}")), g.X, g.Y))];
    }

    private static string Word(Verdict verdict) => verdict switch
    {
        Verdict.Reproduces => "reproduces",
        Verdict.Deviation => "deviation (pinned)",
        Verdict.Fails => "FAIL",
        _ => verdict.ToString(),
    };

    private static Color ColorOf(Verdict verdict) => verdict switch
    {
        Verdict.Reproduces => Color.FromHex("#2ca02c"),
        Verdict.Deviation => Color.FromHex("#ff7f0e"),
        Verdict.Fails => Color.FromHex("#d62728"),
        _ => Colors.Gray,
    };
}
