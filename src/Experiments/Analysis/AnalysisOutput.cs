namespace KerasNet.Experiments.Analysis;

/// <summary>What one analysis of one trained model produced.</summary>
/// <param name="Values">Named numbers (accuracies, rates, objective values); averaged over seeds in the report.</param>
/// <param name="Images">The pictures written, in the order the report shows them.</param>
public sealed record AnalysisOutput(IReadOnlyDictionary<string, double> Values, IReadOnlyList<AnalysisImage> Images);
