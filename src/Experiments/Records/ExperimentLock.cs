namespace KerasNet.Experiments.Records;

/// <summary>
/// An exclusive lock on an experiment's results folder, so two processes never write the same experiment.
/// It is an OS file lock on <c>.lock</c>: a process that dies releases it, so no stale lock needs removing.
/// </summary>
public sealed class ExperimentLock : IDisposable
{
    private readonly FileStream stream;

    private ExperimentLock(FileStream stream) => this.stream = stream;

    /// <summary>Takes the lock on <paramref name="directory"/>.</summary>
    /// <exception cref="ConfigurationException">Another process holds it; the message names the folder.</exception>
    public static ExperimentLock Acquire(string directory)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, ".lock");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
            {
                writer.Write(Environment.ProcessId);
            }

            stream.Flush();
            return new ExperimentLock(stream);
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"{directory}: another reproduce process is writing this experiment (lock {path}); wait for it or stop it.", e);
        }
    }

    /// <inheritdoc />
    public void Dispose() => stream.Dispose();
}
