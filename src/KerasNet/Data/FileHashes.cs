using System.Security.Cryptography;

namespace KerasNet.Data;

/// <summary>SHA-256 checks of data files against their pinned hashes.</summary>
internal static class FileHashes
{
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Whether <paramref name="sha256"/> is one of the file's pinned hashes.</summary>
    public static bool IsPinned(DatasetFile file, string sha256) =>
        file.Hashes.Any(h => string.Equals(h.Sha256, sha256, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws a one-line <see cref="DatasetException"/> unless the file matches one of its pinned hashes.</summary>
    public static void Verify(string path, DatasetFile file)
    {
        string actual = Sha256(path);
        if (!IsPinned(file, actual))
        {
            string expected = file.Hashes.Count == 0
                ? "no hash is pinned for this file"
                : "expected " + string.Join(" or ", file.Hashes.Select(h => $"{h.Sha256[..12]}… ({h.Source})"));
            throw new DatasetException($"{path}: SHA-256 mismatch, the file is damaged or not the published one (got {actual[..12]}…, {expected}); delete it and get it again.");
        }
    }
}
