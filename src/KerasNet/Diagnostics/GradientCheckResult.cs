namespace KerasNet.Diagnostics;

/// <summary>The outcome of a <see cref="GradientCheck"/>.</summary>
/// <param name="MaxAbsoluteDifference">Largest |autograd − central difference| over all checked parameters.</param>
/// <param name="MaxGradient">Largest |autograd gradient|, for scale.</param>
/// <param name="ParametersChecked">How many scalar parameters were compared.</param>
/// <param name="WorstParameter">The weight and flat index where the difference was largest.</param>
/// <param name="MaxAbsoluteDifferenceByWeight">The largest difference of each weight, by its path (<c>dense/kernel</c>), in the model's order.</param>
public sealed record GradientCheckResult(double MaxAbsoluteDifference, double MaxGradient, long ParametersChecked, string WorstParameter, IReadOnlyDictionary<string, double> MaxAbsoluteDifferenceByWeight);
