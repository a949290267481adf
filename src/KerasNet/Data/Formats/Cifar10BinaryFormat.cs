namespace KerasNet.Data.Formats;

/// <summary>
/// The CIFAR-10 binary version: records of one label byte then 3072 pixel bytes (1024 red, 1024 green,
/// 1024 blue, row-major 32×32), 10000 records per batch file. Images are returned channels-last as Keras does.
/// </summary>
internal static class Cifar10BinaryFormat
{
    public const int Side = 32;
    public const int RecordsPerBatch = 10000;
    private const int PixelBytes = Side * Side * 3;
    private const int RecordBytes = 1 + PixelBytes;

    /// <summary>Decodes batches (name, bytes) in order into images <c>(n, 32, 32, 3)</c> and labels <c>(n, 1)</c>.</summary>
    public static (NDArray<byte> Images, NDArray<byte> Labels) Decode(IReadOnlyList<(string Name, byte[] Bytes)> batches)
    {
        int count = batches.Count * RecordsPerBatch;
        var images = new byte[(long)count * PixelBytes];
        var labels = new byte[count];
        for (int b = 0; b < batches.Count; b++)
        {
            var (name, bytes) = batches[b];
            if (bytes.Length != RecordsPerBatch * RecordBytes)
            {
                string problem = bytes.Length < RecordsPerBatch * RecordBytes ? "truncated" : "too long";
                throw new DatasetException($"{name}: {problem} CIFAR-10 batch ({bytes.Length} bytes; expected {RecordsPerBatch} records of {RecordBytes} bytes = {RecordsPerBatch * RecordBytes}).");
            }

            for (int r = 0; r < RecordsPerBatch; r++)
            {
                int record = r * RecordBytes;
                int sample = (b * RecordsPerBatch) + r;
                if (bytes[record] > 9)
                {
                    throw new DatasetException($"{name}: label {bytes[record]} of record {r} is out of range 0..9.");
                }

                labels[sample] = bytes[record];
                ToChannelsLast(bytes.AsSpan(record + 1, PixelBytes), images.AsSpan((int)((long)sample * PixelBytes), PixelBytes));
            }
        }

        return (new NDArray<byte>(images, count, Side, Side, 3), new NDArray<byte>(labels, count, 1));
    }

    private static void ToChannelsLast(ReadOnlySpan<byte> planes, Span<byte> pixels)
    {
        const int plane = Side * Side;
        for (int p = 0; p < plane; p++)
        {
            pixels[3 * p] = planes[p];
            pixels[(3 * p) + 1] = planes[plane + p];
            pixels[(3 * p) + 2] = planes[(2 * plane) + p];
        }
    }
}
