namespace KerasNet.Experiments.Records;

/// <summary>What the lock files hold: the id of the process that took the lock, for a user who wonders who holds it.</summary>
internal static class ExclusiveFile
{
    /// <summary>Replaces the content of a freshly locked <paramref name="stream"/> with this process's id.</summary>
    public static void WriteProcessId(FileStream stream)
    {
        stream.SetLength(0);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(Environment.ProcessId);
        }

        stream.Flush();
    }
}
