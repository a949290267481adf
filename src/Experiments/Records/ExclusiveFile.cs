namespace KerasNet.Experiments.Records;

/// <summary>The lock files' one mechanism: an OS-exclusive open of the file, holding the id of the process that took it.</summary>
internal static class ExclusiveFile
{
    /// <summary>
    /// Opens <paramref name="path"/> exclusively (creating it) and writes this process's id into it, for a user who
    /// wonders who holds it; null when another holder has it open.
    /// </summary>
    public static FileStream? TryOpen(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }

        stream.SetLength(0);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(Environment.ProcessId);
        }

        stream.Flush();
        return stream;
    }
}
