using System.Diagnostics;

namespace KerasNet.Reproduce;

/// <summary>
/// <c>run --jobs N</c>: trains units of an experiment's missing runs in up to N child <c>reproduce run</c> processes at
/// once, each as the same command would train it alone (so each record is the one a single run with those options
/// writes), and passes their output on, each line prefixed with its job.
/// </summary>
public sealed class RunJobs(IReadOnlyList<string> command, TextWriter output)
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(60);
    private readonly Lock outputLock = new();

    /// <summary>
    /// The command that starts this <c>reproduce</c> again: its executable, or <c>dotnet</c> and its assembly when it was
    /// started as <c>dotnet reproduce.dll</c>.
    /// </summary>
    public static IReadOnlyList<string> ThisProgram()
    {
        string process = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? [process, typeof(RunJobs).Assembly.Location] : [process];
    }

    /// <summary>
    /// Runs every job (the arguments after the command), at most <paramref name="parallel"/> at once, and returns the
    /// labels of those that failed. On cancellation the children, which got the same interrupt, are given time to stop
    /// after their last finished epoch, then killed.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled; the children have stopped.</exception>
    public IReadOnlyList<string> Run(IReadOnlyList<(string Label, IReadOnlyList<string> Arguments)> jobs, int parallel, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var failed = new List<string>();
        var running = new List<(string Label, Process Process, Task Output)>();
        int next = 0;
        try
        {
            while (next < jobs.Count || running.Count > 0)
            {
                while (next < jobs.Count && running.Count < parallel && !cancellation.IsCancellationRequested)
                {
                    var (label, arguments) = jobs[next++];
                    var process = Start(arguments);
                    Write(label, $"started: reproduce {string.Join(' ', arguments)}");
                    running.Add((label, process, Task.WhenAll(Forward(label, process.StandardOutput), Forward(label, process.StandardError))));
                }

                cancellation.ThrowIfCancellationRequested();
                int index = Task.WaitAny([.. running.Select(job => job.Output)], cancellation);
                var (doneLabel, done, doneOutput) = running[index];
                running.RemoveAt(index);
                done.WaitForExit();
                doneOutput.Wait(CancellationToken.None);
                Write(doneLabel, done.ExitCode == 0 ? "finished" : $"failed (exit code {done.ExitCode})");
                if (done.ExitCode != 0)
                {
                    failed.Add(doneLabel);
                }

                done.Dispose();
            }
        }
        catch (OperationCanceledException)
        {
            foreach (var (_, process, _) in running)
            {
                if (!process.WaitForExit(StopGrace))
                {
                    process.Kill(entireProcessTree: true);
                }

                process.Dispose();
            }

            throw;
        }

        return failed;
    }

    private Process Start(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in command.Skip(1).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command[0]}.");
    }

    private async Task Forward(string label, StreamReader reader)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            Write(label, line);
        }
    }

    private void Write(string label, string line)
    {
        lock (outputLock)
        {
            output.WriteLine($"{label} | {line}");
        }
    }
}
