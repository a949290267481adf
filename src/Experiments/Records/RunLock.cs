namespace KerasNet.Experiments.Records;

/// <summary>
/// An exclusive lock on one run (<c>seed-&lt;n&gt;.lock</c> beside its record), so two processes never train or
/// analyse the same run while any number of them work on other runs of the same experiment. It is an OS file lock:
/// a process that dies releases it, so no stale lock needs removing.
/// </summary>
public sealed class RunLock : IDisposable
{
    private readonly FileStream stream;
    private readonly string path;

    private RunLock(FileStream stream, string path)
    {
        this.stream = stream;
        this.path = path;
    }

    /// <summary>The lock file of the run whose record is <paramref name="recordPath"/>.</summary>
    public static string PathOf(string recordPath) => Path.ChangeExtension(recordPath, ".lock");

    /// <summary>Takes the lock of the run whose record is <paramref name="recordPath"/>, or returns null when another process holds it.</summary>
    public static RunLock? TryAcquire(string recordPath)
    {
        string path = PathOf(recordPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return ExclusiveFile.TryOpen(path) is { } stream ? new RunLock(stream, path) : null;
    }

    /// <summary>Takes the lock of the run whose record is <paramref name="recordPath"/>.</summary>
    /// <exception cref="ConfigurationException">Another process holds it; the message names the run's lock file.</exception>
    public static RunLock Acquire(string recordPath) =>
        TryAcquire(recordPath) ?? throw new ConfigurationException($"{PathOf(recordPath)}: another reproduce process is working on this run; wait for it or stop it.");

    /// <summary>
    /// Removes the lock file, then releases the lock. Removing it first means a process that opens the path from now on
    /// makes a new file, and one that opened it before finds it still locked; either then sees this run's record.
    /// </summary>
    public void Dispose()
    {
        File.Delete(path);
        stream.Dispose();
    }
}
