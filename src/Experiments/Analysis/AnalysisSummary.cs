using KerasNet.Experiments.Records;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Experiments.Analysis;

/// <summary>The analysis records of an experiment, per variant, with each value's statistics over the analysed seeds.</summary>
/// <param name="Variants">Per variant (config order): its analysis records, ordered by seed.</param>
public sealed record AnalysisSummary(IReadOnlyList<(string Variant, IReadOnlyList<AnalysisRecord> Records)> Variants)
{
    /// <summary>How many runs have an analysis.</summary>
    public int Count => Variants.Sum(v => v.Records.Count);

    /// <summary>Reads the analyses under an experiment's results folder; analyses of runs that are gone or changed are left out.</summary>
    public static AnalysisSummary FromDirectory(AnalysisExperiment experiment, string experimentDirectory)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var config = experiment.Config;
        string analysisHash = experiment.AnalysisHash;
        var variants = new List<(string, IReadOnlyList<AnalysisRecord>)>();
        foreach (var variant in config.Variants)
        {
            string folder = Path.Combine(experimentDirectory, variant.Name);
            var records = Directory.Exists(folder)
                ? Directory.GetDirectories(folder, "seed-*")
                    .Select(d => Path.Combine(d, AnalysisRecord.FileName))
                    .Where(File.Exists)
                    .Select(RecordJson.ReadAnalysis)
                    .Where(r => r.AnalysisHash == analysisHash && IsCurrent(r, Path.Combine(folder, $"seed-{r.Seed}.json")))
                    .OrderBy(r => r.Seed)
                    .ToList()
                : [];
            variants.Add((variant.Name, records));
        }

        return new AnalysisSummary(variants);
    }

    /// <summary>Each value's mean, standard deviation and range over a variant's analysed seeds (epoch 0: the end of training), in the records' order of names.</summary>
    public static IReadOnlyList<(string Name, CurveStatistics Statistics)> Statistics(IReadOnlyList<AnalysisRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        return [.. records.SelectMany(r => r.Values.Keys).Distinct()
            .Select(name => (name, CurveStatistics.Of(0, [.. records.Where(r => r.Values.ContainsKey(name)).Select(r => r.Values[name])])))];
    }

    private static bool IsCurrent(AnalysisRecord analysis, string recordPath) =>
        File.Exists(recordPath) && analysis.IsOf(RecordJson.ReadRecord(recordPath));
}
