using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using ScottPlot;

namespace KerasNet.Reporting;

/// <summary>
/// Draws one metric of an experiment: per variant the seed-mean curve, its min–max band, and the published values as
/// diamonds in the variant's colour (the first variant's when several share one published value, e.g. one number checked
/// under two update rules, so a later curve's colour does not hide it), drawn over every curve. The y range is where the
/// curves lie from the first tenth of the run on (the first steps' transient would squeeze the rest). The legend stands
/// right of the data. More than <see cref="SmallMultiples.MaxCurvesInOnePanel"/> variants are drawn as small multiples.
/// </summary>
public static class CurvePlot
{
    /// <summary>Titles longer than this many characters are set smaller, so that they fit the picture's width.</summary>
    private const int LongTitle = 60;

    /// <summary>Writes the PNG to <paramref name="path"/>.</summary>
    public static void Write(string path, ExperimentConfig config, ExperimentSummary summary, string metric)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var curves = summary.Variants
            .Select(v => (v.Variant, Curve: v.Curves.TryGetValue(metric, out var curve) ? curve : []))
            .Where(c => c.Curve.Count > 0)
            .ToList();
        if (curves.Count > SmallMultiples.MaxCurvesInOnePanel)
        {
            SmallMultiples.Write(path, config, metric, curves);
            return;
        }

        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        int index = 0;
        var drawn = new HashSet<(int Epoch, double Value)>();
        var markers = new List<(int Epoch, double Value, Color Color)>();
        foreach (var variant in summary.Variants)
        {
            if (!variant.Curves.TryGetValue(metric, out var curve) || curve.Count == 0)
            {
                continue;
            }

            var color = palette.GetColor(index++);
            SeedBand.Add(plot, curve, color, $"{variant.Variant} (n={variant.Seeds.Count})");
            foreach (var reference in config.References.Where(r => r.Variant == variant.Variant && r.Metric == metric))
            {
                if (drawn.Add((reference.Epoch, reference.Value)))
                {
                    markers.Add((reference.Epoch, reference.Value, color));
                }
            }
        }

        foreach (var (epoch, value, color) in markers)
        {
            plot.Add.Marker(epoch, value, MarkerShape.FilledDiamond, 12, color);
        }

        if (SmallMultiples.SettledRange(curves.Select(c => c.Curve), markers.Select(m => m.Value), curves.Max(c => c.Curve[^1].Epoch)) is { } range)
        {
            plot.Axes.SetLimitsY(range.Low, range.High);
        }

        if (curves.All(c => c.Curve.All(p => p.Epoch == Math.Floor(p.Epoch))))
        {
            // Whole epochs only: no ticks at 1.5, 2.5, … between the points.
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        }

        if (markers.Count > 0)
        {
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = "published value",
                MarkerShape = MarkerShape.FilledDiamond,
                MarkerSize = 12,
                MarkerFillColor = Colors.Gray,
                MarkerLineColor = Colors.Gray,
                LineWidth = 0,
            });
        }

        string title = $"{config.Name}: {metric} (seed mean, band min–max)";
        plot.Title(title, title.Length > LongTitle ? 12 : null);
        plot.XLabel("epoch");
        plot.YLabel(metric);
        plot.ShowLegend(Edge.Right);
        PlotFile.SavePng(plot, path, 960, 440);
    }
}
