namespace KerasNet.Experiments.Analysis;

/// <summary>One picture of an analysis.</summary>
/// <param name="File">File name inside the run's analysis folder.</param>
/// <param name="Caption">What it shows.</param>
public sealed record AnalysisImage(string File, string Caption);
