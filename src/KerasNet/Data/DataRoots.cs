namespace KerasNet.Data;

/// <summary>Where datasets are looked for, in order, and where downloads go.</summary>
/// <param name="SearchOrder">Folders searched in order; the first holding a complete layout wins.</param>
/// <param name="DownloadDirectory">Where <c>fetch</c> writes.</param>
public sealed record DataRoots(IReadOnlyList<DataRoot> SearchOrder, string DownloadDirectory)
{
    /// <summary>The environment variable naming a folder searched first (and downloaded into when set).</summary>
    public const string EnvironmentVariable = "KERASNET_DATA";

    /// <summary>
    /// The standard order: <c>$KERASNET_DATA</c>; Keras's cache (<c>$KERAS_HOME/datasets</c>, else
    /// <c>~/.keras/datasets</c>), so Python Keras users reuse their downloads; the system dataset folder
    /// <c>/usr/share/datasets</c> (Debian and Ubuntu packages). Downloads go to <c>$KERASNET_DATA</c> if set,
    /// else to Keras's cache.
    /// </summary>
    public static DataRoots FromEnvironment()
    {
        var roots = new List<DataRoot>();
        string? own = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(own))
        {
            roots.Add(new DataRoot(EnvironmentVariable, own));
        }

        string kerasHome = Environment.GetEnvironmentVariable("KERAS_HOME") is { Length: > 0 } home
            ? home
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".keras");
        string kerasCache = Path.Combine(kerasHome, "datasets");
        roots.Add(new DataRoot("Keras cache", kerasCache));
        roots.Add(new DataRoot("system datasets", "/usr/share/datasets"));
        return new DataRoots(roots, string.IsNullOrWhiteSpace(own) ? kerasCache : own);
    }
}
