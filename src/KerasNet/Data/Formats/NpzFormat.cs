using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace KerasNet.Data.Formats;

/// <summary>
/// NumPy's <c>.npz</c> (a zip of <c>.npy</c> arrays), as in Keras's <c>mnist.npz</c>. Only C-ordered uint8
/// arrays are read, which is what Keras stores.
/// </summary>
internal static partial class NpzFormat
{
    /// <summary>Reads the named uint8 arrays of an npz file.</summary>
    public static Dictionary<string, NDArray<byte>> ReadUInt8(string path, params string[] names)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var arrays = new Dictionary<string, NDArray<byte>>(StringComparer.Ordinal);
            foreach (string name in names)
            {
                var entry = zip.GetEntry(name + ".npy") ?? throw new DatasetException($"{path}: the npz archive has no array '{name}'.");
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                arrays[name] = ReadNpy($"{path}:{name}.npy", buffer.ToArray());
            }

            return arrays;
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{path}: corrupt npz (zip) archive ({e.Message}).", e);
        }
    }

    private static NDArray<byte> ReadNpy(string name, byte[] bytes)
    {
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
        {
            throw new DatasetException($"{name}: not a .npy array (wrong magic number).");
        }

        int major = bytes[6];
        int headerLength = major == 1 ? BitConverter.ToUInt16(bytes, 8) : (int)BitConverter.ToUInt32(bytes, 8);
        int dataStart = (major == 1 ? 10 : 12) + headerLength;
        if (dataStart > bytes.Length)
        {
            throw new DatasetException($"{name}: truncated .npy header.");
        }

        string header = Encoding.ASCII.GetString(bytes, major == 1 ? 10 : 12, headerLength);
        var match = HeaderPattern().Match(header);
        if (!match.Success || match.Groups["order"].Value != "False" || match.Groups["descr"].Value is not ("|u1" or "<u1" or "u1"))
        {
            throw new DatasetException($"{name}: unsupported .npy array (expected C-ordered uint8; header {header.Trim()}).");
        }

        var shape = match.Groups["shape"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        long expected = shape.Aggregate(1L, (p, d) => p * d);
        if (bytes.Length - dataStart != expected)
        {
            throw new DatasetException($"{name}: truncated .npy data ({bytes.Length - dataStart} of {expected} bytes present).");
        }

        return new NDArray<byte>(bytes.AsSpan(dataStart).ToArray(), shape);
    }

    [GeneratedRegex(@"'descr':\s*'(?<descr>[^']*)'.*'fortran_order':\s*(?<order>True|False).*'shape':\s*\((?<shape>[^)]*)\)", RegexOptions.Singleline)]
    private static partial Regex HeaderPattern();
}
