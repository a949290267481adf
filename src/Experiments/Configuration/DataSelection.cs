namespace KerasNet.Experiments.Configuration;

/// <summary>
/// The config's <c>data</c> section: which part of the dataset an experiment trains and is validated on. Applied in
/// this order: the training and test samples are selected, only the samples of <see cref="Classes"/> are kept (their
/// labels becoming positions in that list), then <see cref="HeldOutValidation"/> of the training samples is drawn per
/// seed as validation data. Without a <c>data</c> section an experiment uses the whole dataset, validated on its test set.
/// </summary>
public sealed record DataSelection
{
    /// <summary>
    /// The name of a subset file <c>configs/&lt;report&gt;/subsets/&lt;name&gt;.json</c> (a selection shared by several
    /// experiments, with its description); the loader replaces this section with the file's selection.
    /// </summary>
    public string? Subset { get; init; }

    /// <summary>Where a subset file's samples come from and how they were found (subset files only).</summary>
    public string? Description { get; init; }

    /// <summary>The training samples; the whole training set when absent.</summary>
    public SampleSelection? Train { get; init; }

    /// <summary>The test samples; the whole test set when absent.</summary>
    public SampleSelection? Test { get; init; }

    /// <summary>Only samples of these classes, relabelled to their positions here (highsmith2019: [1, 3] makes 1 → 0, 3 → 1).</summary>
    public IReadOnlyList<int>? Classes { get; init; }

    /// <summary>
    /// A fraction of the selected training samples held out as validation data, drawn per run from its seed (aven2019:
    /// 0.1 of the 60,000, the last tenth of a permutation); the run is then validated on them instead of the test set.
    /// </summary>
    public double? HeldOutValidation { get; init; }

    /// <summary>Keras's <c>rescale</c>: the factor pixel values 0–255 are multiplied by; 1/255 when absent (1 keeps raw pixel values).</summary>
    public double? Rescale { get; init; }

    /// <summary>Keras's <c>Rescaling</c> offset, added after <see cref="Rescale"/> (aven2019: x / 127.5 − 1 is rescale 1/127.5, offset −1); 0 when absent.</summary>
    public double? Offset { get; init; }
}
