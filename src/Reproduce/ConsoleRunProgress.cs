using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary>
/// Draws run progress on the console: one line per run, and a live status line of the current epoch with the time
/// left, estimated from the run's pace so far (<paramref name="time"/>: the system clock unless a test gives one).
/// </summary>
public sealed class ConsoleRunProgress(TextWriter output, ILogger log, TimeProvider? time = null) : IRunProgress
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private string current = string.Empty;
    private int epochs;
    private int restoredEpochs;
    private DateTimeOffset started;

    /// <inheritdoc />
    public void RunStarting(string variant, int seed, int index, int total, int epochs)
    {
        current = $"[{index}/{total}] {variant} seed {seed}";
        this.epochs = epochs;
        restoredEpochs = 0;
        started = clock.GetUtcNow();
        log.Information("Starting {Run}", current);
    }

    /// <inheritdoc />
    public void RunResumed(string variant, int seed, int epochs)
    {
        restoredEpochs = epochs;
        output.WriteLine($"resume {variant} seed {seed}: from its checkpoint after epoch {epochs}");
        log.Information("Resumed {Variant} seed {Seed} after epoch {Epochs}", variant, seed, epochs);
    }

    /// <inheritdoc />
    public void RunBusy(string variant, int seed, string lockPath)
    {
        output.WriteLine($"busy  {variant} seed {seed}: another process is on it (lock {lockPath}); left to it");
        log.Information("Left {Variant} seed {Seed} to the process holding {Lock}", variant, seed, lockPath);
    }

    /// <inheritdoc />
    public void RunSkipped(string variant, int seed, string path)
    {
        output.WriteLine($"skip  {variant} seed {seed}: finished record {path}");
        log.Information("Skipped {Variant} seed {Seed}: {Path} exists", variant, seed, path);
    }

    /// <inheritdoc />
    public void RunShared(RunRecord record, string path)
    {
        output.WriteLine($"share {record.Variant} seed {record.Seed}: identical to {record.SharedFrom}, first {record.Epochs.Count} epochs -> {path}");
        log.Information("Shared {Variant} seed {Seed} from {Donor}: {Path}", record.Variant, record.Seed, record.SharedFrom, path);
    }

    /// <inheritdoc />
    public void Step(int epoch, int batch, int batches, double loss, double accuracy)
    {
        double done = (epoch + ((batch + 1.0) / batches)) / epochs;
        double doneHere = (epoch - restoredEpochs + ((batch + 1.0) / batches)) / (epochs - restoredEpochs);
        var elapsed = clock.GetUtcNow() - started;
        var eta = doneHere > 0 ? TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - doneHere) / doneHere) : TimeSpan.Zero;
        string bar = new string('#', (int)(done * 20)).PadRight(20, '.');
        string line = $"\r{current} epoch {epoch + 1}/{epochs} [{bar}] loss {loss:F4} acc {accuracy:F4} eta {Format(eta)}";
        if (Console.IsOutputRedirected)
        {
            if (batch == batches - 1)
            {
                output.WriteLine(line.TrimStart('\r'));
            }
        }
        else
        {
            output.Write(line);
        }
    }

    /// <summary>A duration as <c>mm:ss</c> below an hour, else <c>h:mm:ss</c> (a 30-epoch run's estimate often passes an hour).</summary>
    private static string Format(TimeSpan duration) =>
        duration.TotalHours >= 1 ? $"{(int)duration.TotalHours}:{duration:mm\\:ss}" : $"{duration:mm\\:ss}";

    /// <inheritdoc />
    public void RunFinished(RunRecord record, string path)
    {
        var last = record.Epochs[^1].Metrics;
        string run = record.LockstepSeeds is { } seeds
            ? $"{record.Variant} seed {record.Seed} (in lockstep with seeds {string.Join(",", seeds)})"
            : current;
        string summary = $"{run}: {record.Status.ToString().ToLowerInvariant()} in {record.WallTimeSeconds:F0}s, val_accuracy {last.GetValueOrDefault("val_accuracy", double.NaN):F4} -> {path}";
        output.WriteLine(Console.IsOutputRedirected ? summary : "\r" + summary.PadRight(100));
        log.Information("Finished {Run}: {Record}", run, path);
    }

    /// <inheritdoc />
    public void AnalysisSkipped(string variant, int seed, string path)
    {
        output.WriteLine($"skip  analysis of {variant} seed {seed}: {path}");
        log.Information("Skipped the analysis of {Variant} seed {Seed}: {Path} exists", variant, seed, path);
    }

    /// <inheritdoc />
    public void AnalysisFinished(KerasNet.Experiments.Analysis.AnalysisRecord record, string path)
    {
        string values = string.Join(", ", record.Values.Take(4).Select(v => $"{v.Key} {v.Value:G4}"));
        output.WriteLine($"analysed {record.Variant} seed {record.Seed} in {record.WallTimeSeconds:F0}s: {values}{(record.Values.Count > 4 ? ", …" : string.Empty)} -> {path}");
        log.Information("Analysed {Variant} seed {Seed}: {Path}", record.Variant, record.Seed, path);
    }
}
