namespace KerasNet.Experiments.Configuration;

/// <summary>One single run a report published, for <see cref="CollapseRateSettings.Pattern"/>.</summary>
/// <param name="Setting">The variant name's part after the form, e.g. <c>batch=64</c>.</param>
/// <param name="Collapsed">Whether the published run collapsed.</param>
/// <param name="Source">Where the report shows it, e.g. <c>Table 1, batch 64, 5 epochs: 0.91</c>.</param>
public sealed record PublishedRun(string Setting, bool Collapsed, string Source);
