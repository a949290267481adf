using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Summaries;
using ScottPlot;

namespace KerasNet.Reporting;

/// <summary>
/// Draws the analysis values that vary with a parameter, named <c>name@x</c> with a number x (the adversarial
/// experiments' <c>logit_pgd_accuracy@0.05</c>): per name the seed mean over x, with its min–max band.
/// </summary>
public static class AnalysisCurvePlot
{
    /// <summary>
    /// The curves among a variant's value statistics (<see cref="AnalysisSummary.Statistics"/>): per name (in their order
    /// of names) its points ordered by x, with <see cref="CurveStatistics.Epoch"/> set to x. Values without <c>@</c>, or
    /// whose part after it is not a number (<c>objective_end@conv2d_5</c>), are no curve.
    /// </summary>
    public static IReadOnlyList<(string Name, IReadOnlyList<CurveStatistics> Points)> Curves(IReadOnlyList<(string Name, CurveStatistics Statistics)> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var points = values
            .Select(value => (Point: Point(value.Name), value.Statistics))
            .Where(p => p.Point is not null)
            .Select(p => (p.Point!.Value.Name, Statistics: p.Statistics with { Epoch = p.Point.Value.X }));
        return [.. points.GroupBy(p => p.Name, StringComparer.Ordinal)
            .Select(curve => (curve.Key, (IReadOnlyList<CurveStatistics>)[.. curve.Select(p => p.Statistics).OrderBy(s => s.Epoch)]))];
    }

    /// <summary>Writes the curves as a PNG to <paramref name="path"/>, x labelled <paramref name="parameter"/>.</summary>
    public static void Write(string path, string title, string parameter, IReadOnlyList<(string Name, IReadOnlyList<CurveStatistics> Points)> curves)
    {
        ArgumentNullException.ThrowIfNull(curves);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < curves.Count; i++)
        {
            var (name, points) = curves[i];
            SeedBand.Add(plot, points, palette.GetColor(i), $"{name} (n={points.Max(p => p.Count)})").MarkerSize = 7;
        }

        plot.Title($"{title} (seed mean, band min–max)");
        plot.XLabel(parameter);
        plot.ShowLegend(Edge.Right);
        PlotFile.SavePng(plot, path, 960, 440);
    }

    /// <summary>The name and x of a value named <c>name@x</c> with a number x, or null.</summary>
    private static (string Name, double X)? Point(string key)
    {
        int at = key.LastIndexOf('@');
        return at > 0 && double.TryParse(key.AsSpan(at + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out double x) ? (key[..at], x) : null;
    }
}
