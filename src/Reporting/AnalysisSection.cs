using System.Globalization;
using System.Text;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Reporting;

/// <summary>The part of an analysis experiment's report section: its numbers over the analysed seeds and the first analysed seed's pictures.</summary>
internal static class AnalysisSection
{
    /// <summary>Appends the analysis of <paramref name="experiment"/>, whose results are in <paramref name="experimentDirectory"/>; links are relative to <paramref name="repositoryRoot"/>.</summary>
    public static void Append(StringBuilder text, AnalysisExperiment experiment, string experimentDirectory, string repositoryRoot, int requiredSeeds)
    {
        var summary = AnalysisSummary.FromDirectory(experiment, experimentDirectory);
        text.AppendLine(CultureInfo.InvariantCulture, $"**Analysis:** {summary.Count} of {experiment.Config.Variants.Count * requiredSeeds} runs analysed.");
        text.AppendLine();
        foreach (var (variant, records) in summary.Variants.Where(v => v.Records.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {variant}: value | mean ± std | min – max | seeds |");
            text.AppendLine("|---|---|---|---|");
            var values = AnalysisSummary.Statistics(records);
            foreach (var (name, statistics) in values)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {(statistics.Count < 2 ? $"{statistics.Mean:F4} (one seed: no spread)" : $"{statistics.Mean:F4} ± {statistics.StandardDeviation:F4}")} | {statistics.Min:F4} – {statistics.Max:F4} | {statistics.Count} |");
            }

            text.AppendLine();
            AppendCurves(text, experiment, variant, values, repositoryRoot);
            var first = records[0];
            string folder = Path.GetRelativePath(repositoryRoot, Path.Combine(experimentDirectory, variant, $"seed-{first.Seed}")).Replace('\\', '/');
            foreach (var image in first.Images)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{variant}, seed {first.Seed}: {image.Caption}.");
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture, $"![{experiment.Name} {variant} {image.File}]({folder}/{image.File})");
                text.AppendLine();
            }
        }
    }

    private static void AppendCurves(StringBuilder text, AnalysisExperiment experiment, string variant, IReadOnlyList<(string Name, CurveStatistics Statistics)> values, string repositoryRoot)
    {
        if (experiment.CurveParameter is not { } parameter || AnalysisCurvePlot.Curves(values) is not { Count: > 0 } curves)
        {
            return;
        }

        string relative = $"docs/plots/{experiment.Name}/{variant}-analysis.png";
        AnalysisCurvePlot.Write(Path.Combine(repositoryRoot, relative), $"{experiment.Name} {variant}", parameter, curves);
        text.AppendLine(CultureInfo.InvariantCulture, $"![{experiment.Name} {variant} values over {parameter}]({relative})");
        text.AppendLine();
    }
}
