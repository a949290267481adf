using System.Buffers.Binary;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using KerasNet.Data;

namespace KerasNet.Tests.Data;

/// <summary>Writes small valid (and deliberately broken) dataset files for the data tests.</summary>
internal static class DataFixtures
{
    public static byte[] IdxImages(int count, int side, int magic = 0x00000803)
    {
        var bytes = new byte[16 + (count * side * side)];
        BinaryPrimitives.WriteInt32BigEndian(bytes, magic);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), count);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), side);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(12), side);
        for (int i = 16; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 7);
        }

        return bytes;
    }

    public static byte[] IdxLabels(params byte[] labels)
    {
        var bytes = new byte[8 + labels.Length];
        BinaryPrimitives.WriteInt32BigEndian(bytes, 0x00000801);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(4), labels.Length);
        labels.CopyTo(bytes, 8);
        return bytes;
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>A CIFAR-10 binary batch of 10000 records; record r has label r % 10 and pixel (plane c, p) = (r + c * 7 + p) % 256.</summary>
    public static byte[] CifarBatch(int labelOffset = 0)
    {
        var bytes = new byte[10000 * 3073];
        for (int r = 0; r < 10000; r++)
        {
            int record = r * 3073;
            bytes[record] = (byte)((r + labelOffset) % 10);
            for (int c = 0; c < 3; c++)
            {
                for (int p = 0; p < 1024; p++)
                {
                    bytes[record + 1 + (c * 1024) + p] = (byte)(r + (c * 7) + p);
                }
            }
        }

        return bytes;
    }

    public static byte[] TarGz(params (string Name, byte[] Bytes)[] entries)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var (name, bytes) in entries)
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(bytes) });
            }
        }

        return output.ToArray();
    }

    /// <summary>An npz with uint8 arrays, written the way numpy writes them.</summary>
    public static byte[] Npz(params (string Name, int[] Shape, byte[] Data, string Descr)[] arrays)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create))
        {
            foreach (var (name, shape, data, descr) in arrays)
            {
                string dims = shape.Length == 1 ? $"{shape[0]}," : string.Join(", ", shape);
                string header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({dims}), }}";
                header = header.PadRight(((header.Length + 10 + 1 + 63) / 64 * 64) - 10 - 1) + "\n";
                using var entry = zip.CreateEntry(name + ".npy").Open();
                entry.Write([0x93, .. Encoding.ASCII.GetBytes("NUMPY"), 1, 0]);
                entry.Write(BitConverter.GetBytes((ushort)header.Length));
                entry.Write(Encoding.ASCII.GetBytes(header));
                entry.Write(data);
            }
        }

        return output.ToArray();
    }

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A Fashion-MNIST-like definition over generated files: 6 train and 4 test images of 4×4, 3 classes.</summary>
    public static (DatasetDefinition Definition, Dictionary<string, byte[]> Files) SmallIdxDataset(IReadOnlyList<Uri>? origins = null)
    {
        var files = new Dictionary<string, byte[]>
        {
            ["tiny/train-images.gz"] = Gzip(IdxImages(6, 4)),
            ["tiny/train-labels.gz"] = Gzip(IdxLabels(0, 1, 2, 0, 1, 2)),
            ["tiny/test-images"] = IdxImages(4, 4),
            ["tiny/test-labels"] = IdxLabels(2, 1, 0, 2),
        };
        DatasetFile File(string path) => new(path, [new PinnedHash(Sha256(files[path]), "generated")], origins?.Select(o => new Uri(o, path)).ToList() ?? []);
        var layout = DatasetLayout.Idx("IDX", File("tiny/train-images.gz"), File("tiny/train-labels.gz"), File("tiny/test-images"), File("tiny/test-labels"), side: 4, classes: 3);
        return (new DatasetDefinition("tiny", [layout], DebianPackage: "dataset-tiny"), files);
    }

    public static void WriteAll(string root, Dictionary<string, byte[]> files)
    {
        foreach (var (path, bytes) in files)
        {
            string full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, bytes);
        }
    }
}
