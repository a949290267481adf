using KerasNet.Experiments;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using ScottPlot;
using SkiaSharp;

namespace KerasNet.Reporting;

/// <summary>
/// One metric of an experiment with many variants as small multiples: a panel per variant (its seed-mean curve, min–max
/// band and published values), all panels on the y range where most variants' curves lie after the first tenth of the run
/// (earlier points may fall below it). A variant whose last value lies
/// far from the others' (a collapsed or diverged run) is drawn on its own settled range, said in its title, instead of stretching
/// every panel.
/// </summary>
internal static class SmallMultiples
{
    /// <summary>More variants than this are drawn as small multiples rather than in one panel.</summary>
    public const int MaxCurvesInOnePanel = 6;

    private const int PanelWidth = 300;
    private const int PanelHeight = 210;
    private const int MaxColumns = 6;
    private const int TitleHeight = 34;

    /// <summary>Values spanning less than this are flat (a collapsed run at 0.1): drawn <see cref="FlatWidth"/> wide around them.</summary>
    private const double FlatSpan = 1e-3;

    /// <summary>The y range of flat values.</summary>
    private const double FlatWidth = 0.1;

    /// <summary>The shared y range covers the curves from this fraction of the run on: the first steps' transient would squeeze the rest.</summary>
    private const double SettledFraction = 0.1;

    /// <summary>Writes the panels of <paramref name="curves"/> (variant name and its curve of <paramref name="metric"/>) to <paramref name="path"/>.</summary>
    public static void Write(string path, ExperimentConfig config, string metric, IReadOnlyList<(string Variant, IReadOnlyList<CurveStatistics> Curve)> curves)
    {
        var apart = Apart([.. curves.Select(c => c.Curve[^1].Mean)]);
        double lastEpoch = curves.Max(c => c.Curve[^1].Epoch);
        var together = curves.Where((_, i) => !apart[i]).ToList();
        var (low, high) = SettledRange(
            together.Select(c => c.Curve),
            config.References.Where(r => r.Metric == metric && together.Any(c => c.Variant == r.Variant)).Select(r => r.Value),
            lastEpoch) ?? (-0.05, 1.05);
        int columns = Math.Min(MaxColumns, (int)Math.Ceiling(Math.Sqrt(curves.Count)));
        int rows = (curves.Count + columns - 1) / columns;
        using var bitmap = new SKBitmap(columns * PanelWidth, TitleHeight + (rows * PanelHeight));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 17);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        canvas.DrawText($"{config.Name}: {metric} (seed mean, band min–max, ◆ published)", 8, 24, SKTextAlign.Left, font, ink);
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        for (int i = 0; i < curves.Count; i++)
        {
            var plot = new Plot();
            SeedBand.Add(plot, curves[i].Curve, color, curves[i].Variant);
            foreach (var reference in config.References.Where(r => r.Variant == curves[i].Variant && r.Metric == metric))
            {
                plot.Add.Marker(reference.Epoch, reference.Value, MarkerShape.FilledDiamond, 9, Colors.Black);
            }

            plot.Title(apart[i] ? $"{curves[i].Variant} (own scale)" : curves[i].Variant, 11);
            plot.HideLegend();
            plot.Axes.SetLimitsX(0, lastEpoch * 1.04);
            var (panelLow, panelHigh) = apart[i]
                ? SettledRange([curves[i].Curve], config.References.Where(r => r.Metric == metric && r.Variant == curves[i].Variant).Select(r => r.Value), lastEpoch) ?? (low, high)
                : (low, high);
            plot.Axes.SetLimitsY(panelLow, panelHigh);

            using var image = plot.GetImage(PanelWidth, PanelHeight);
            using var panel = SKBitmap.Decode(image.GetImageBytes(ImageFormat.Png, 100));
            canvas.DrawBitmap(panel, (i % columns) * PanelWidth, TitleHeight + ((i / columns) * PanelHeight));
        }

        AtomicFile.Write(path, file => bitmap.Encode(file, SKEncodedImageFormat.Png, 100));
    }

    /// <summary>
    /// The y range where <paramref name="curves"/> lie (seed min to max) from <see cref="SettledFraction"/> of
    /// <paramref name="lastEpoch"/> on, widened to hold the <paramref name="published"/> values and by 5% each way (flat values to <see cref="FlatWidth"/>); null
    /// when there is no finite value.
    /// </summary>
    internal static (double Low, double High)? SettledRange(IEnumerable<IReadOnlyList<CurveStatistics>> curves, IEnumerable<double> published, double lastEpoch)
    {
        var values = curves.SelectMany(c => c.Where(p => p.Epoch >= SettledFraction * lastEpoch).SelectMany(p => new[] { p.Min, p.Max }))
            .Concat(published)
            .Where(double.IsFinite)
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }

        double span = values.Max() - values.Min();
        double margin = span < FlatSpan ? FlatWidth / 2 : span * 0.05;
        return (values.Min() - margin, values.Max() + margin);
    }

    /// <summary>
    /// Which last values lie apart from the others: further from their median than five times their median absolute
    /// deviation (at least 1% of the median), or not finite.
    /// </summary>
    internal static bool[] Apart(IReadOnlyList<double> finals)
    {
        var finite = finals.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return [.. finals.Select(_ => true)];
        }

        double median = Median(finite);
        double spread = Math.Max(Median([.. finite.Select(f => Math.Abs(f - median))]), 0.01 * Math.Abs(median));
        return [.. finals.Select(f => !double.IsFinite(f) || Math.Abs(f - median) > 5 * spread)];
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        int middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
