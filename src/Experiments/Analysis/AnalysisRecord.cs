using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Analysis;

/// <summary>
/// The analysis of one trained run, written by the <see cref="AnalysisRunner"/> as <c>analysis.json</c> in the run's
/// analysis folder (<c>&lt;variant&gt;/seed-&lt;n&gt;/</c>) beside its pictures.
/// </summary>
/// <param name="SchemaVersion">Format version.</param>
/// <param name="Experiment">Experiment name.</param>
/// <param name="Variant">Variant name.</param>
/// <param name="Seed">Seed of the analysed run.</param>
/// <param name="RunConfigHash">The analysed run record's config hash: the analysis is redone when the run is.</param>
/// <param name="AnalysisHash">The hash of the analysis settings and method it was made under (<see cref="AnalysisExperiment.AnalysisHash"/>).</param>
/// <param name="StartedUtc">When the analysis started.</param>
/// <param name="WallTimeSeconds">Its duration.</param>
/// <param name="Environment">Code and machine that made it.</param>
/// <param name="Values">The numbers measured.</param>
/// <param name="Images">The pictures written.</param>
public sealed record AnalysisRecord(
    int SchemaVersion,
    string Experiment,
    string Variant,
    int Seed,
    string RunConfigHash,
    string AnalysisHash,
    DateTimeOffset StartedUtc,
    double WallTimeSeconds,
    RunEnvironment Environment,
    IReadOnlyDictionary<string, double> Values,
    IReadOnlyList<AnalysisImage> Images)
{
    /// <summary>The format version this code writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The file name of a record inside its analysis folder.</summary>
    public const string FileName = "analysis.json";

    /// <summary>
    /// Whether this analysis was made of <paramref name="run"/> as it is now: under its config and after its training
    /// started (a run trained again, or shared again from a retrained donor, makes older analyses stale).
    /// </summary>
    public bool IsOf(RunRecord run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return RunConfigHash == run.ConfigHash && StartedUtc >= run.StartedUtc;
    }
}
