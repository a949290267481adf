using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reporting;

/// <summary>One published number against what the seeds reproduce, for the per-report figure.</summary>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="Label">Variant, metric and epoch.</param>
/// <param name="Published">The published value.</param>
/// <param name="Reproduced">The seeds' statistics at that point.</param>
/// <param name="Tolerance">The check's tolerance around the published value.</param>
/// <param name="Verdict">The check's verdict.</param>
public sealed record PublishedPoint(string Experiment, string Label, double Published, CurveStatistics Reproduced, double Tolerance, Verdict Verdict);
