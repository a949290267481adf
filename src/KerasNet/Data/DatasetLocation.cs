namespace KerasNet.Data;

/// <summary>A complete layout of a dataset found in one data folder.</summary>
/// <param name="Root">The folder.</param>
/// <param name="Layout">The layout found.</param>
/// <param name="Paths">The absolute paths of the layout's files.</param>
public sealed record DatasetLocation(DataRoot Root, DatasetLayout Layout, IReadOnlyList<string> Paths)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path.GetDirectoryName(Paths[0])} ({Root.Kind}; {Layout.Description})";
}
