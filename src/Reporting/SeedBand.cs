using KerasNet.Experiments.Summaries;
using ScottPlot;
using ScottPlot.Plottables;

namespace KerasNet.Reporting;

/// <summary>The way every curve plot draws a value over the seeds: the seed mean as a line over a min–max band of its colour.</summary>
internal static class SeedBand
{
    /// <summary>Adds the band and the mean line of <paramref name="points"/> (x in <see cref="CurveStatistics.Epoch"/>) and returns the line.</summary>
    public static Scatter Add(Plot plot, IReadOnlyList<CurveStatistics> points, Color color, string legend)
    {
        double[] xs = [.. points.Select(p => p.Epoch)];
        var band = plot.Add.FillY(xs, [.. points.Select(p => p.Min)], [.. points.Select(p => p.Max)]);
        band.FillColor = color.WithAlpha(0.2);
        band.LineWidth = 0;
        var mean = plot.Add.Scatter(xs, [.. points.Select(p => p.Mean)]);
        mean.Color = color;
        mean.LegendText = legend;
        return mean;
    }
}
