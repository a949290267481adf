using System.Globalization;
using System.Text;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Summaries;

/// <summary>
/// The per-experiment summary: for each variant, mean, std, min and max of every metric per epoch (or per evaluation
/// point, where runs evaluate several times an epoch) across the
/// completed records of the given seeds whose config hash and numbers version are current (records of other settings,
/// older code or other seeds are ignored); diverged runs are listed apart and never enter a mean.
/// </summary>
/// <param name="Experiment">Experiment name.</param>
/// <param name="Variants">Per-variant curves, in config order (variants without records are absent).</param>
public sealed record ExperimentSummary(string Experiment, IReadOnlyList<VariantSummary> Variants)
{
    /// <summary>A variant's summary, or null when it has no records.</summary>
    public VariantSummary? Variant(string name) => Variants.FirstOrDefault(v => v.Variant == name);

    /// <summary>Reads the records of <paramref name="seeds"/> under <paramref name="experimentDirectory"/> and summarizes them.</summary>
    public static ExperimentSummary FromRecords(ExperimentConfig config, string experimentDirectory, IReadOnlyList<int> seeds)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(seeds);
        var variants = new List<VariantSummary>();
        foreach (var variant in config.Variants)
        {
            string folder = Path.Combine(experimentDirectory, variant.Name);
            string hash = ConfigLoader.Hash(config, variant);
            var records = Directory.Exists(folder)
                ? Directory.GetFiles(folder, "seed-*.json").Select(RecordJson.ReadRecord).Where(r => r.ConfigHash == hash && r.NumbersVersion == NumbersVersion.Current && seeds.Contains(r.Seed)).OrderBy(r => r.Seed).ToList()
                : [];
            if (records.Count == 0)
            {
                continue;
            }

            var completed = records.Where(r => r.Status == RunStatus.Completed).ToList();
            var epochs = completed.SelectMany(Points).Select(DerivedMetrics.WithDerived).ToList();
            var metrics = epochs.SelectMany(e => e.Metrics.Keys).Distinct().Order(StringComparer.Ordinal);
            var curves = metrics.ToDictionary(
                m => m,
                m => (IReadOnlyList<CurveStatistics>)epochs
                    .Where(e => e.Metrics.ContainsKey(m))
                    .GroupBy(e => e.Epoch)
                    .OrderBy(g => g.Key)
                    .Select(g => CurveStatistics.Of(g.Key, g.Select(e => e.Metrics[m]).ToList()))
                    .ToList());
            variants.Add(new VariantSummary(
                variant.Name,
                completed.Select(r => r.Seed).ToList(),
                records.Where(r => r.Status == RunStatus.Diverged).Select(r => r.Seed).ToList(),
                curves));
        }

        return new ExperimentSummary(config.Name, variants);
    }

    /// <summary>
    /// A record's curve points: its evaluation points where it has more of them than epochs (aven2019: 21 per epoch, the
    /// last of each at the epoch's end), otherwise its epochs.
    /// </summary>
    private static IReadOnlyList<EpochRecord> Points(RunRecord record) => record.Evaluations.Count > record.Epochs.Count ? record.Evaluations : record.Epochs;

    /// <summary>One CSV row per variant, metric and epoch: n, mean, std, min, max.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("variant,metric,epoch,n,mean,std,min,max\n");
        foreach (var variant in Variants)
        {
            foreach (var (metric, curve) in variant.Curves)
            {
                foreach (var point in curve)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"{variant.Variant},{metric},{point.Epoch},{point.Count},{point.Mean:R},{point.StandardDeviation:R},{point.Min:R},{point.Max:R}\n");
                }
            }
        }

        return csv.ToString();
    }

    /// <summary>Writes <c>summary.json</c> and <c>summary.csv</c> atomically into <paramref name="experimentDirectory"/>.</summary>
    public void Write(string experimentDirectory)
    {
        RecordJson.WriteAtomically(Path.Combine(experimentDirectory, "summary.json"), this);
        AtomicFile.WriteAllText(Path.Combine(experimentDirectory, "summary.csv"), ToCsv());
    }
}
