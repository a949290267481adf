using System.Buffers.Binary;

namespace KerasNet.Data.Formats;

/// <summary>
/// LeCun's IDX format of MNIST and Fashion-MNIST: a big-endian magic number <c>0x00000803</c> (images,
/// unsigned bytes, 3 dimensions) or <c>0x00000801</c> (labels, 1 dimension), the dimension sizes, then the
/// bytes. Gzip-compressed and raw files are both read.
/// </summary>
internal static class IdxFormat
{
    private const int ImagesMagic = 0x00000803;
    private const int LabelsMagic = 0x00000801;

    /// <summary>Reads an images file; every image must be <paramref name="rows"/> × <paramref name="columns"/>.</summary>
    public static NDArray<byte> ReadImages(string path, int rows, int columns)
    {
        var bytes = ByteSource.ReadAll(path);
        var dims = Header(path, bytes, ImagesMagic, "images", 3);
        if (dims[1] != rows || dims[2] != columns)
        {
            throw new DatasetException($"{path}: wrong image dimensions {dims[1]}×{dims[2]}; expected {rows}×{columns}.");
        }

        return new NDArray<byte>(Payload(path, bytes, 16, (long)dims[0] * rows * columns), dims);
    }

    /// <summary>Reads a labels file; every label must be below <paramref name="classes"/>.</summary>
    public static NDArray<byte> ReadLabels(string path, int classes)
    {
        var bytes = ByteSource.ReadAll(path);
        var dims = Header(path, bytes, LabelsMagic, "labels", 1);
        var labels = Payload(path, bytes, 8, dims[0]);
        int bad = Array.FindIndex(labels, l => l >= classes);
        if (bad >= 0)
        {
            throw new DatasetException($"{path}: label {labels[bad]} at index {bad} is out of range 0..{classes - 1}.");
        }

        return new NDArray<byte>(labels, dims);
    }

    private static int[] Header(string path, byte[] bytes, int magic, string kind, int rank)
    {
        if (bytes.Length < 4 + (4 * rank))
        {
            throw new DatasetException($"{path}: truncated IDX file ({bytes.Length} bytes is shorter than the {kind} header).");
        }

        int found = BinaryPrimitives.ReadInt32BigEndian(bytes);
        if (found != magic)
        {
            throw new DatasetException($"{path}: wrong magic number 0x{found:x8} for an IDX {kind} file (expected 0x{magic:x8}).");
        }

        var dims = new int[rank];
        for (int d = 0; d < rank; d++)
        {
            dims[d] = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4 + (4 * d)));
            if (dims[d] <= 0)
            {
                throw new DatasetException($"{path}: invalid dimension {dims[d]} in the IDX header.");
            }
        }

        return dims;
    }

    private static byte[] Payload(string path, byte[] bytes, int offset, long expected)
    {
        long available = bytes.Length - offset;
        if (available < expected)
        {
            throw new DatasetException($"{path}: truncated IDX file ({available} of {expected} data bytes present).");
        }

        if (available > expected)
        {
            throw new DatasetException($"{path}: {available - expected} unexpected bytes after the IDX data.");
        }

        return bytes.AsSpan(offset).ToArray();
    }
}
