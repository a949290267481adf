using System.IO.Compression;

namespace KerasNet.Data.Formats;

/// <summary>Reads a data file whole, transparently decompressing gzip (detected by its magic bytes, not the name).</summary>
internal static class ByteSource
{
    public static byte[] ReadAll(string path)
    {
        byte[] raw;
        try
        {
            raw = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new DatasetException($"{path}: cannot be read ({e.Message}).", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DatasetException($"{path}: cannot be read ({e.Message}).", e);
        }

        return IsGzip(raw) ? Gunzip(path, raw) : raw;
    }

    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;

    private static byte[] Gunzip(string path, byte[] compressed)
    {
        try
        {
            using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DatasetException($"{path}: corrupt gzip data ({e.Message}).", e);
        }
    }
}
