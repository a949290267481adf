namespace KerasNet.Experiments.Records;

/// <summary>
/// An exclusive lock on an experiment's summary (<c>.lock</c> in its results folder), held while the summary is computed
/// from the records and written, so the summary written last was computed from every record written before it. It is an
/// OS file lock: a process that dies releases it.
/// </summary>
public sealed class SummaryLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly FileStream stream;

    private SummaryLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the summary lock of the experiment folder <paramref name="directory"/>, waiting up to <paramref name="wait"/> for another process to release it.</summary>
    /// <exception cref="ConfigurationException">Another process still holds it after <paramref name="wait"/>; the message names the lock file.</exception>
    public static SummaryLock Acquire(string directory, TimeSpan wait)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, ".lock");
        var deadline = DateTime.UtcNow + wait;
        FileStream? stream;
        while ((stream = ExclusiveFile.TryOpen(path)) is null)
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new ConfigurationException($"{path}: another reproduce process has been writing this experiment's summary for {wait.TotalSeconds:0} s; stop it or try again.");
            }

            Thread.Sleep(Poll);
        }

        return new SummaryLock(stream);
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
