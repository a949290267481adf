namespace KerasNet.Experiments.Configuration;

/// <summary>What a reference number is expected to do.</summary>
public enum CheckKind
{
    /// <summary>The seed mean lies within the tolerance of the reference.</summary>
    Reproduces,

    /// <summary>
    /// A recorded deviation pinned to what was observed: the seed mean lies within <c>observedTolerance</c> of
    /// <c>observed</c>, a value outside the reference's tolerance (the check fails if the behaviour moves either way).
    /// </summary>
    Deviates,

    /// <summary>
    /// The published single run collapsed (e.g. to predicting one class, accuracy 0.1): exactly <c>collapsedSeeds</c> of the
    /// seeds, as observed, end within the tolerance of the reference; the mean of the others is reported.
    /// </summary>
    Collapses,
}
