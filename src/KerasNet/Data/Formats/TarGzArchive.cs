using System.Formats.Tar;
using System.IO.Compression;

namespace KerasNet.Data.Formats;

/// <summary>Reads named entries of a <c>.tar.gz</c> archive into memory, without unpacking anything to disk.</summary>
internal static class TarGzArchive
{
    /// <summary>The bytes of each named entry, in the order asked for, named <c>archive:entry</c>.</summary>
    /// <exception cref="DatasetException">The archive is corrupt or lacks an entry; the message names the archive.</exception>
    public static List<(string Name, byte[] Bytes)> ReadEntries(string path, IReadOnlyList<string> names)
    {
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var tar = new TarReader(gzip);
            while (tar.GetNextEntry() is { } entry)
            {
                if (names.Contains(entry.Name) && entry.DataStream is not null)
                {
                    using var buffer = new MemoryStream();
                    entry.DataStream.CopyTo(buffer);
                    found[entry.Name] = buffer.ToArray();
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new DatasetException($"{path}: corrupt tar.gz archive ({e.Message}).", e);
        }

        var missing = names.FirstOrDefault(n => !found.ContainsKey(n));
        return missing is null
            ? names.Select(n => ($"{path}:{n}", found[n])).ToList()
            : throw new DatasetException($"{path}: the archive has no entry '{missing}'.");
    }
}
