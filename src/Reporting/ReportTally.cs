using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reporting;

/// <summary>One report's checks summed over its experiments, for the table and figure at the top of REPRODUCTION.md.</summary>
/// <param name="report">The report's citation key, e.g. <c>aven2019</c>.</param>
internal sealed class ReportTally(string report)
{
    private readonly List<Verdict> verdicts = [];
    private readonly List<PublishedPoint> points = [];
    private readonly List<(string Cause, string Experiment)> causes = [];

    /// <summary>The report's citation key.</summary>
    public string Report { get; } = report;

    /// <summary>Published numbers checked.</summary>
    public int Numbers { get; private set; }

    /// <summary>Claims checked.</summary>
    public int Claims { get; private set; }

    /// <summary>Hours the report's records trained, runs shared from another experiment not counted again.</summary>
    public double TrainingHours { get; private set; }

    /// <summary>Each published number that has seed values, with its verdict.</summary>
    public IReadOnlyList<PublishedPoint> Points => points;

    /// <summary>
    /// The causes of the report's recorded deviations, each with how many checks it explains and the experiments where
    /// (whose sections give the evidence), the most frequent first.
    /// </summary>
    public IReadOnlyList<(string Cause, int Count, IReadOnlyList<string> Experiments)> Causes =>
        [.. causes.GroupBy(c => c.Cause)
            .Select(g => (g.Key, g.Count(), (IReadOnlyList<string>)[.. g.Select(c => c.Experiment).Distinct()]))
            .OrderByDescending(c => c.Item2).ThenBy(c => c.Key, StringComparer.Ordinal)];

    /// <summary>How many checks have <paramref name="verdict"/>.</summary>
    public int Count(Verdict verdict) => verdicts.Count(v => v == verdict);

    /// <summary>Adds an experiment's checks (references first, then claims, as <see cref="Verifier.Check"/> orders them) and records.</summary>
    public void Add(ExperimentConfig config, ExperimentSummary summary, IReadOnlyList<Verdict> checks, IReadOnlyList<RunRecord> records)
    {
        Numbers += config.References.Count;
        Claims += config.Claims.Count;
        verdicts.AddRange(checks);
        TrainingHours += records.Where(r => r.SharedFrom is null).Sum(r => r.WallTimeSeconds) / 3600;
        for (int i = 0; i < config.Claims.Count; i++)
        {
            if (checks[config.References.Count + i] == Verdict.Deviation && config.Claims[i].Cause is { } cause)
            {
                causes.Add((cause, config.Name));
            }
        }

        for (int i = 0; i < config.References.Count; i++)
        {
            var reference = config.References[i];
            if (checks[i] == Verdict.Deviation && reference.Cause is { } cause)
            {
                causes.Add((cause, config.Name));
            }

            if (checks[i] is Verdict.Reproduces or Verdict.Deviation or Verdict.Fails
                && summary.Variant(reference.Variant)?.At(reference.Metric, reference.Epoch) is { Count: > 0 } point)
            {
                points.Add(new PublishedPoint(config.Name, $"{reference.Variant} {reference.Metric} epoch {reference.Epoch}", reference.Value, point, reference.Tolerance, checks[i]));
            }
        }
    }
}
