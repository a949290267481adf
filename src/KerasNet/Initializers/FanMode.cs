namespace KerasNet.Initializers;

/// <summary>Which fan <see cref="VarianceScaling"/> divides the scale by.</summary>
public enum FanMode
{
    /// <summary>Number of inputs of a unit (Keras <c>fan_in</c>).</summary>
    FanIn,

    /// <summary>Number of outputs of a unit (Keras <c>fan_out</c>).</summary>
    FanOut,

    /// <summary>The mean of the two (Keras <c>fan_avg</c>).</summary>
    FanAverage,
}
