namespace KerasNet.Experiments.Records;

/// <summary>
/// The record of one (variant, seed) run, written by the runner to
/// <c>results/&lt;report&gt;/&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;.json</c>. The schema is documented in
/// <c>docs/results-schema.md</c>; <see cref="CurrentSchemaVersion"/> changes when it does.
/// </summary>
/// <param name="SchemaVersion">The record format version.</param>
/// <param name="Experiment">Experiment name, e.g. <c>kipping2022/hyperparameter-grid</c>.</param>
/// <param name="Variant">Variant name within the experiment.</param>
/// <param name="Seed">The seed value.</param>
/// <param name="Status">Completed or diverged.</param>
/// <param name="ConfigHash">SHA-256 of the variant's fully resolved configuration.</param>
/// <param name="StartedUtc">When the run started (UTC).</param>
/// <param name="WallTimeSeconds">Training time in seconds.</param>
/// <param name="Environment">Code and machine provenance.</param>
/// <param name="Epochs">One entry per epoch end.</param>
/// <param name="Evaluations">One entry per evaluation point (equals the epochs when evaluated once per epoch).</param>
/// <param name="Fingerprint">The first steps' losses.</param>
/// <param name="SharedFrom">
/// For a run not trained again because an identical one (same data, model, settings and seed, at least as many
/// epochs) had finished in another experiment: that record's <c>&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;</c>. Its
/// curves are that run's first epochs; absent for trained runs.
/// </param>
/// <param name="WeightsSha256">
/// SHA-256 of the trained weights the runner kept beside the record (<c>seed-&lt;n&gt;.weights</c>, not committed);
/// an analysis loads those weights only when they still have this hash. A shared record carries its donor's.
/// Absent in records made before the runner kept weights.
/// </param>
/// <param name="LockstepSeeds">
/// For a run trained in lockstep with other seeds of its variant (<see cref="Models.Lockstep"/>): the seeds trained
/// together, its own included, in order; absent for a run trained alone. Either way it is a run of the same experiment;
/// its fingerprint is recomputed the way it was trained.
/// </param>
/// <param name="ResumedAfter">
/// For a run stopped part-way and continued from its epoch checkpoint: the epochs after which it was resumed (it computes
/// what an uninterrupted run computes); absent for a run trained in one go.
/// </param>
/// <param name="SessionCommits">
/// For a resumed run: the commit of the code in each session that trained it, in order (the last is
/// <see cref="RunEnvironment.GitCommit"/>; "unknown" for a session before commits were noted); absent otherwise.
/// </param>
/// <param name="NumbersVersion">
/// The <see cref="Records.NumbersVersion"/> of the code that computed the run; records made before versions existed
/// read as 1. A record of another version is stale.
/// </param>
public sealed record RunRecord(
    int SchemaVersion,
    string Experiment,
    string Variant,
    int Seed,
    RunStatus Status,
    string ConfigHash,
    DateTimeOffset StartedUtc,
    double WallTimeSeconds,
    RunEnvironment Environment,
    IReadOnlyList<EpochRecord> Epochs,
    IReadOnlyList<EpochRecord> Evaluations,
    Fingerprint Fingerprint,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? SharedFrom = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? WeightsSha256 = null,
    int NumbersVersion = 1,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? LockstepSeeds = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? ResumedAfter = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? SessionCommits = null)
{
    /// <summary>The schema version this code writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The donor run <see cref="SharedFrom"/> names, or null for a trained run.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public RunAddress? Donor => SharedFrom is null ? null : RunAddress.Parse(SharedFrom);
}
