namespace KerasNet.Data;

/// <summary>A folder datasets are looked for in, and why it is searched.</summary>
/// <param name="Kind">E.g. "KERASNET_DATA", "Keras cache", "system datasets".</param>
/// <param name="Path">The folder.</param>
public sealed record DataRoot(string Kind, string Path);
