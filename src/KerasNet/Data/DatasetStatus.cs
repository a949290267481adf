namespace KerasNet.Data;

/// <summary>The outcome of looking for and verifying a dataset.</summary>
/// <param name="Name">Dataset name.</param>
/// <param name="State">Verified, damaged, unreadable or missing.</param>
/// <param name="Where">The folder and layout found, if any.</param>
/// <param name="Detail">For anything but verified: one line saying what is wrong and how to get the data.</param>
public sealed record DatasetStatus(string Name, DatasetState State, string? Where, string? Detail);
