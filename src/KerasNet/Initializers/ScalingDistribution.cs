namespace KerasNet.Initializers;

/// <summary>The distribution <see cref="VarianceScaling"/> draws from.</summary>
public enum ScalingDistribution
{
    /// <summary>Normal truncated at two standard deviations, rescaled to keep the variance (Keras's choice for *_normal).</summary>
    TruncatedNormal,

    /// <summary>Plain normal.</summary>
    UntruncatedNormal,

    /// <summary>Uniform in <c>±sqrt(3 · scale / n)</c>.</summary>
    Uniform,
}
