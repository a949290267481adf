namespace KerasNet.Experiments.Configuration;

/// <summary>
/// An experiment that measures how often runs collapse (end at chance) rather than what they reach: its variants are
/// named <c>&lt;form&gt;,&lt;key&gt;=&lt;value&gt;</c> (e.g. <c>clipped,batch=64</c>), each run with the experiment's own
/// seeds; the report gives per variant the share of seeds at or below <see cref="Threshold"/> with its exact 95% interval,
/// and per form the probability of <see cref="Pattern"/>, a set of single runs the report published, under the measured rates.
/// </summary>
public sealed record CollapseRateSettings
{
    /// <summary>The logged metric read.</summary>
    public required string Metric { get; init; }

    /// <summary>The epoch read.</summary>
    public required int Epoch { get; init; }

    /// <summary>A run whose metric is at or below this collapsed.</summary>
    public required double Threshold { get; init; }

    /// <summary>The forms compared (the variant names' first part), e.g. <c>clipped</c> and <c>logits</c>.</summary>
    public required IReadOnlyList<string> Forms { get; init; }

    /// <summary>The report's single runs: which variant value each ran under and whether it collapsed.</summary>
    public required IReadOnlyList<PublishedRun> Pattern { get; init; }

    /// <summary>The experiment whose results these rates explain (kipping2022/hyperparameter-grid); its section shows them too.</summary>
    public string? Explains { get; init; }

    /// <summary>What the measured rates are expected to say about <see cref="Pattern"/>, per form (checked by <c>verify</c>).</summary>
    public IReadOnlyList<PatternCheck> Checks { get; init; } = [];
}
