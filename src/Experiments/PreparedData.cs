namespace KerasNet.Experiments;

/// <summary>Model-ready arrays of one experiment: training data and the data it is validated on.</summary>
/// <param name="X">Training inputs.</param>
/// <param name="Y">Training targets.</param>
/// <param name="ValidationX">Validation inputs (the test set, as in the reports' scripts, unless stated).</param>
/// <param name="ValidationY">Validation targets.</param>
public sealed record PreparedData(NDArray<float> X, NDArray<float> Y, NDArray<float> ValidationX, NDArray<float> ValidationY)
{
    /// <summary>The test set when the run is validated on held-out training samples instead (evaluated when the settings ask); null otherwise.</summary>
    public (NDArray<float> X, NDArray<float> Y)? Test { get; init; }

    /// <summary>The first <paramref name="train"/> training and <paramref name="validation"/> validation samples (for smoke runs).</summary>
    public PreparedData Head(int train, int validation) => new(
        X.Slice(0, Math.Min(train, X.Count)),
        Y.Slice(0, Math.Min(train, Y.Count)),
        ValidationX.Slice(0, Math.Min(validation, ValidationX.Count)),
        ValidationY.Slice(0, Math.Min(validation, ValidationY.Count)))
    {
        Test = Test is var (x, y) ? (x.Slice(0, Math.Min(validation, x.Count)), y.Slice(0, Math.Min(validation, y.Count))) : null,
    };
}
