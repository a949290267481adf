namespace KerasNet.Interpret;

/// <summary>The outcome of <see cref="ActivationMaximization.Run"/>.</summary>
/// <param name="Images">The final images, Keras layout.</param>
/// <param name="Objective">The objective's mean over the images before every step and after the last (steps + 1 values).</param>
public sealed record ActivationMaximizationResult(NDArray<float> Images, IReadOnlyList<double> Objective);
