using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;
using ScottPlot;

namespace KerasNet.Experiments.Reporting;

/// <summary>Draws one metric of an experiment: per variant the seed-mean curve, its min–max band, and the reference points.</summary>
public static class CurvePlot
{
    /// <summary>Writes the PNG to <paramref name="path"/>.</summary>
    public static void Write(string path, ExperimentConfig config, ExperimentSummary summary, string metric)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        int index = 0;
        foreach (var variant in summary.Variants)
        {
            if (!variant.Curves.TryGetValue(metric, out var curve) || curve.Count == 0)
            {
                continue;
            }

            var color = palette.GetColor(index++);
            double[] epochs = [.. curve.Select(c => c.Epoch)];
            var band = plot.Add.FillY(epochs, [.. curve.Select(c => c.Min)], [.. curve.Select(c => c.Max)]);
            band.FillColor = color.WithAlpha(0.2);
            band.LineWidth = 0;
            var mean = plot.Add.Scatter(epochs, [.. curve.Select(c => c.Mean)]);
            mean.Color = color;
            mean.LegendText = $"{variant.Variant} (mean of {variant.Seeds.Count}, band min–max)";
            foreach (var reference in config.References.Where(r => r.Variant == variant.Variant && r.Metric == metric))
            {
                var marker = plot.Add.Marker(reference.Epoch, reference.Value, MarkerShape.FilledDiamond, 12, color);
                marker.LegendText = $"{variant.Variant}: reference {reference.Value}";
            }
        }

        plot.Title($"{config.Name}: {metric}");
        plot.XLabel("epoch");
        plot.YLabel(metric);
        plot.ShowLegend(Alignment.LowerRight);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SavePng(path, 720, 420);
    }
}
