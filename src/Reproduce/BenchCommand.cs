using KerasNet.Experiments;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce bench</c>: KerasNet against a plain TorchSharp loop, written to docs/PERFORMANCE.md.</summary>
public static class BenchCommand
{
    /// <summary>The case whose lockstep step is taken apart by number of copies: per-example training, where the per-step work weighs most.</summary>
    private static readonly (string Model, int BatchSize) CopiesSweep = ("aven2019-ffnn", 1);

    /// <summary>
    /// Benchmarks the reference models (or one) against a plain TorchSharp loop; writes docs/PERFORMANCE.md unless
    /// <c>--quick</c> (2048 samples, 1 epoch), which only checks that everything runs.
    /// </summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
    {
        var options = BenchArguments.Parse(arguments);
        if (options.Lockstep)
        {
            return BenchLockstep(options, string.Join(' ', arguments), workspace, output);
        }

        var references = KerasNet.Reproduce.Benchmarks.PlainModels.References.Where(r => options.Model is null || r.Model == options.Model).ToList();
        if (references.Count == 0)
        {
            throw new UsageException($"bench: no plain baseline for '{options.Model}'; models: {string.Join(", ", KerasNet.Reproduce.Benchmarks.PlainModels.References.Select(r => r.Model))}.");
        }

        int samples = options.Quick ? 2048 : 60000;
        var peak = KerasNet.Reproduce.Benchmarks.CpuPeak.Detect();
        output.WriteLine($"CPU peak: {peak.Assumptions}");
        var runner = new KerasNet.Reproduce.Benchmarks.BenchmarkRunner(samples, options.Epochs, options.Threads, output.WriteLine);
        var results = references.Select(r => runner.Run(r.Model, r.BatchSize)).ToList();
        output.Write(KerasNet.Reproduce.Benchmarks.PerformanceReport.Table(results, peak));
        if (!options.Quick)
        {
            string path = Path.Combine(workspace.Root, "docs", "PERFORMANCE.md");
            string command = "reproduce bench " + string.Join(' ', arguments);
            string? previous = File.Exists(path) ? File.ReadAllText(path) : null;
            string document = KerasNet.Reproduce.Benchmarks.PerformanceReport.Document(results, peak, command.Trim(), samples, options.Threads, DateTimeOffset.UtcNow);
            AtomicFile.WriteAllText(path, KerasNet.Reproduce.Benchmarks.PerformanceReport.KeepNotes(document, previous));
            output.WriteLine($"Written to {path}.");
        }

        return 0;
    }

    /// <summary>
    /// The four seeds of each dense reference model (or the one named) one after the other and in lockstep, at the batch
    /// sizes its reports train with; written into PERFORMANCE.md's lockstep section unless quick.
    /// </summary>
    private static int BenchLockstep(BenchArguments options, string arguments, Workspace workspace, TextWriter output)
    {
        (string Model, int BatchSize)[] cases = [("aven2019-ffnn", 1), ("aven2019-ffnn", 32), ("nanavati2021-numpy-net", 64), ("nanavati2021-numpy-net", 5000), ("groth2019-lenet", 32), ("nanavati2021-cnn", 32)];
        var selected = cases.Where(c => options.Model is null || c.Model == options.Model).ToList();
        if (selected.Count == 0)
        {
            throw new UsageException($"bench --lockstep: '{options.Model}' is not a reference model of the lockstep benchmark; models: {string.Join(", ", cases.Select(c => c.Model).Distinct())}.");
        }

        int samples = options.Quick ? 2048 : 10000;
        var peak = KerasNet.Reproduce.Benchmarks.CpuPeak.Detect();
        double threadsPeak = peak.GigaFlops * Math.Min(options.Threads, peak.Cores) / peak.Cores;
        output.WriteLine($"CPU peak: {peak.Assumptions}; for {options.Threads} thread(s): {threadsPeak:F0} GFLOP/s");
        var benchmark = new KerasNet.Reproduce.Benchmarks.SeedsBenchmark(samples, options.Epochs, options.Threads, output.WriteLine);
        var prototype = new KerasNet.Reproduce.Benchmarks.GroupedConvolutionBenchmark(samples, options.Epochs, options.Threads, output.WriteLine);
        var rows = selected.Select(c => KerasNet.Reproduce.Benchmarks.GroupedConvolutionBenchmark.Models.Contains(c.Model) ? prototype.Run(c.Model, c.BatchSize) : benchmark.Run(c.Model, c.BatchSize)).ToList();
        string table = string.Join(Environment.NewLine, [KerasNet.Reproduce.Benchmarks.SeedsBenchmarkResult.Header, .. rows.Select(r => r.Row(threadsPeak))]) + Environment.NewLine;
        output.Write(table);
        var sweep = selected.Contains(CopiesSweep)
            ? new KerasNet.Reproduce.Benchmarks.LockstepCopiesBenchmark(samples, options.Epochs, options.Threads, output.WriteLine).Run(CopiesSweep.Model, CopiesSweep.BatchSize)
            : null;
        string sweepText = sweep is null
            ? string.Empty
            : $"{Environment.NewLine}Where a lockstep step's time goes, {sweep.Model} at batch {sweep.BatchSize}: `Lockstep.Fit` with 1, 2, 4 and 8 copies, interleaved with one plain `Fit`, {options.Epochs} epochs each, medians.{Environment.NewLine}{Environment.NewLine}{sweep.Table()}";
        output.Write(sweepText);
        if (!options.Quick)
        {
            string path = Path.Combine(workspace.Root, "docs", "PERFORMANCE.md");
            string section = $"## Four seeds: one after the other vs lockstep, {options.Threads} thread{(options.Threads == 1 ? string.Empty : "s")}{Environment.NewLine}{Environment.NewLine}Written by `reproduce bench {arguments.Trim()}` on {DateTimeOffset.UtcNow:yyyy-MM-dd}, libtorch threads {options.Threads}: per model and batch size, {options.Epochs} epochs of {samples} synthetic samples, SGD (lr 0.01), categorical crossentropy and accuracy; each epoch trains the four seeds as four `Fit` calls, then as one `Lockstep.Fit`; medians, in seconds per epoch per seed. The % of fp32 peak columns count the model's analytic training FLOPs (as the table at the top) against the peak of the {options.Threads} thread{(options.Threads == 1 ? string.Empty : "s")} used ({threadsPeak:F0} GFLOP/s). The convolutional models are not stacked by `Lockstep.Fit`: their rows time a plain TorchSharp prototype of the grouped form (each convolution grouped over the four copies' channels, dense layers as batched products) against the same prototype one copy at a time, cross-entropy on logits, to see what building it would gain.{Environment.NewLine}{Environment.NewLine}{table}{sweepText}";
            AtomicFile.WriteAllText(path, KerasNet.Reproduce.Benchmarks.PerformanceReport.WithSection(File.Exists(path) ? File.ReadAllText(path) : string.Empty, $"lockstep-{options.Threads}-threads", section));
            output.WriteLine($"Written to {path}.");
        }

        return 0;
    }
}
