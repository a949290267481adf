namespace KerasNet.Data;

/// <summary>One file of a dataset layout, relative to a data folder, with its accepted hashes and download origins.</summary>
/// <param name="RelativePath">Path below a data folder, e.g. <c>fashion-mnist/train-images-idx3-ubyte.gz</c>.</param>
/// <param name="Hashes">The accepted SHA-256 values; a file matching none is rejected.</param>
/// <param name="Origins">Where the file can be downloaded from, tried in order; empty if it cannot.</param>
public sealed record DatasetFile(string RelativePath, IReadOnlyList<PinnedHash> Hashes, IReadOnlyList<Uri> Origins)
{
    /// <summary>A file that is only looked for, never downloaded.</summary>
    public DatasetFile(string relativePath, params PinnedHash[] hashes)
        : this(relativePath, hashes, [])
    {
    }
}
