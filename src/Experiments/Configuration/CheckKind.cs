namespace KerasNet.Experiments.Configuration;

/// <summary>What a reference number is expected to do.</summary>
public enum CheckKind
{
    /// <summary>The seed mean lies within the tolerance of the reference.</summary>
    Reproduces,

    /// <summary>A recorded deviation: the seed mean lies outside the tolerance (the check fails if it starts to reproduce).</summary>
    Deviates,
}
