namespace KerasNet.Experiments.Configuration;

/// <summary>
/// Which samples of the dataset make up one of an experiment's sets (training or test): the samples at
/// <see cref="Indices"/> in that order (all of the set when absent), of which only the first <see cref="First"/>.
/// </summary>
public sealed record SampleSelection
{
    /// <summary>The dataset's set the samples come from, <c>train</c> or <c>test</c>; the role's own set when absent.</summary>
    public string? From { get; init; }

    /// <summary>Only the first this many of the samples (nanavati2021: the first 5,000 training images; highsmith2019: the first T rows).</summary>
    public int? First { get; init; }

    /// <summary>Exactly these samples, in this order (highsmith2019's course subsets, found in MNIST by their pixels).</summary>
    public IReadOnlyList<int>? Indices { get; init; }
}
