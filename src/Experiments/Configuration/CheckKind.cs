namespace KerasNet.Experiments.Configuration;

/// <summary>What a reference number is expected to do.</summary>
public enum CheckKind
{
    /// <summary>The seed mean lies within the tolerance of the reference.</summary>
    Reproduces,

    /// <summary>A recorded deviation: the seed mean lies outside the tolerance (the check fails if it starts to reproduce).</summary>
    Deviates,

    /// <summary>
    /// The published single run collapsed (e.g. to predicting one class, accuracy 0.1): it reproduces when at least one
    /// seed ends within the tolerance of the reference; the count of such seeds and the mean of the others are reported.
    /// </summary>
    Collapses,
}
