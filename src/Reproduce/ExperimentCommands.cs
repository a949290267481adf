using System.Text.Json;
using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;
using KerasNet.Experiments.Summaries;
using KerasNet.Experiments.Verification;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce list [name] | run | verify [name]</c>.</summary>
public static class ExperimentCommands
{
    /// <summary>Plan lines name their fields in camelCase, nulls included, so that every line has the same keys.</summary>
    private static readonly JsonSerializerOptions PlanJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Lists experiments with their status, or one experiment's variants.</summary>
    public static int List(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        if (arguments.Count == 1)
        {
            var experiment = ExperimentRegistry.Create(arguments[0], workspace.Configs);
            output.WriteLine($"{experiment.Name} — {experiment.Config.Section} ({experiment.Config.Dataset})");
            foreach (var variant in experiment.Config.Variants)
            {
                var settings = experiment.Config.Resolve(variant);
                output.WriteLine($"  {variant.Name,-24} model {settings.Model}, {settings.Optimizer} lr {settings.LearningRate}, batch {settings.BatchSize}, {settings.Epochs} epochs");
            }

            return 0;
        }

        output.WriteLine($"{"experiment",-40} {"dataset",-14} {"variants",8}  status  (section)");
        foreach (string name in ExperimentRegistry.Names(workspace.Configs))
        {
            var experiment = ExperimentRegistry.Create(name, workspace.Configs);
            output.WriteLine($"{name,-40} {experiment.Config.Dataset,-14} {experiment.Config.Variants.Count,8}  {Status(experiment, workspace, store)}  ({experiment.Config.Section})");
        }

        return 0;
    }

    /// <summary>
    /// Prints the runs still missing, one JSON line each in a stable order (experiments by name, variants as configured,
    /// seeds as in seeds.json): experiment, variant, seed, epochs, the shard when <c>--shard</c> is given, and the mean
    /// wall time of the variant's finished runs (else the experiment's) as the estimate, null when none has run.
    /// </summary>
    public static int Plan(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(output);
        var names = new List<string>();
        string results = workspace.Results;
        Shard? shard = null;
        string? emit = null;
        int? shards = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--results":
                    results = Path.GetFullPath(OptionValues.Next(arguments, ref i));
                    break;
                case "--shard":
                    shard = RunArguments.ShardOf(OptionValues.Next(arguments, ref i));
                    break;
                case "--emit":
                    emit = OptionValues.Next(arguments, ref i);
                    break;
                case "--shards":
                    shards = OptionValues.Positive("--shards", OptionValues.Next(arguments, ref i));
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{option}' for plan.");
                default:
                    names.Add(arguments[i]);
                    break;
            }
        }

        if ((emit is null) != (shards is null) || (emit is not null && shard is not null))
        {
            throw new UsageException("plan --emit <kind> needs --shards N (and takes no --shard); --shards goes with --emit.");
        }

        var experiments = names.Count > 0 ? names.Select(n => ExperimentRegistry.Create(n, workspace.Configs)).ToList() : [.. ExperimentRegistry.All(workspace.Configs)];
        var runs = new List<PlannedRun>();
        foreach (var experiment in experiments.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var runner = new ExperimentRunner(new RunOptions { ResultsDirectory = results, RepositoryRoot = workspace.Root, Seeds = experiment.Config.SeedsOr(workspace.Seeds.Seeds), Data = store }, progress: null);
            var records = RecordStore.Records(results, experiment.Name).Where(r => r.SharedFrom is null).ToList();
            foreach (var (variant, seed) in runner.Pending(experiment).Where(p => shard is null || shard.Contains(experiment.Name, p.Variant.Name)))
            {
                var own = records.Where(r => r.Variant == variant.Name).ToList();
                var basis = own.Count > 0 ? own : records;
                double? estimate = basis.Count > 0 ? Math.Round(basis.Average(r => r.WallTimeSeconds), 1) : null;
                runs.Add(new PlannedRun(experiment.Name, variant.Name, seed, experiment.Config.Resolve(variant).TotalEpochs, shard?.ToString(), estimate));
            }
        }

        if (emit is null)
        {
            runs.ForEach(run => output.WriteLine(JsonSerializer.Serialize(run, PlanJson)));
            return 0;
        }

        var pending = runs.Select(r => r.Experiment).Distinct().ToList();
        if (pending.Count == 0)
        {
            throw new UsageException("plan --emit: no run is missing; nothing to submit.");
        }

        double? total = runs.All(r => r.EstimatedSeconds is not null) ? runs.Sum(r => r.EstimatedSeconds!.Value) : null;
        output.Write(JobFiles.Write(emit, pending, shards!.Value, total));
        return 0;
    }

    /// <summary>
    /// Copies the run files of shard result folders (records, weights, analyses: everything under a <c>seed-*</c> name)
    /// into the results folder. Every record is checked first — its experiment and variant exist, it was made under the
    /// current config hash and numbers version, and a file already there is identical — and nothing is copied unless all
    /// pass, so a refused merge leaves the results as they were.
    /// </summary>
    public static int Merge(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(output);
        var folders = new List<string>();
        string results = workspace.Results;
        for (int i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--results")
            {
                results = Path.GetFullPath(OptionValues.Next(arguments, ref i));
            }
            else if (arguments[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UsageException($"unknown option '{arguments[i]}' for merge.");
            }
            else
            {
                folders.Add(Path.GetFullPath(arguments[i]));
            }
        }

        if (folders.Count == 0)
        {
            throw new UsageException("merge needs the shard result folders, e.g. 'reproduce merge results-shard-*'.");
        }

        if (folders.FirstOrDefault(f => !Directory.Exists(f)) is { } missing)
        {
            throw new UsageException($"merge: no folder '{missing}'.");
        }

        var copies = new List<(string From, string To)>();
        foreach (string folder in folders)
        {
            foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(p => p.StartsWith("seed-", StringComparison.Ordinal))).Order(StringComparer.Ordinal))
            {
                string target = Path.Combine(results, Path.GetRelativePath(folder, file));
                if (Path.GetFileName(file).StartsWith("seed-", StringComparison.Ordinal) && file.EndsWith(".json", StringComparison.Ordinal))
                {
                    CheckMergeable(file, workspace);
                }

                if (File.Exists(target) && !File.ReadAllBytes(target).AsSpan().SequenceEqual(File.ReadAllBytes(file)))
                {
                    throw new ConfigurationException($"{file}: {target} exists with other content; not merged (nothing was copied).");
                }

                copies.Add((file, target));
            }
        }

        foreach (var (from, to) in copies)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            string partial = to + ".partial-merge";
            File.Copy(from, partial, overwrite: true);
            File.Move(partial, to, overwrite: true);
        }

        output.WriteLine($"merged {copies.Count} files from {folders.Count} folders into {results}; 'reproduce run <experiment>' there rewrites an experiment's summary without training.");
        return 0;
    }

    /// <summary>Refuses a record of an unknown experiment or variant, or one made under another config or numbers version.</summary>
    private static void CheckMergeable(string path, Workspace workspace)
    {
        var record = RecordJson.ReadRecord(path);
        var experiment = ExperimentRegistry.Create(record.Experiment, workspace.Configs);
        string hash = KerasNet.Experiments.Configuration.ConfigLoader.Hash(experiment.Config, experiment.Config.Variant(record.Variant));
        if (record.ConfigHash != hash || record.NumbersVersion != NumbersVersion.Current)
        {
            throw new ConfigurationException($"{path}: made under another config or code version (config hash {record.ConfigHash[..12]}…, current {hash[..12]}…; numbers version {record.NumbersVersion}, current {NumbersVersion.Current}); not merged (nothing was copied).");
        }
    }

    /// <summary>Runs an experiment (what is missing), then rewrites its summary.</summary>
    public static int Run(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output, ILogger log, CancellationToken cancellation)
    {
        var parsed = RunArguments.Parse(arguments);
        var experiment = ExperimentRegistry.Create(parsed.Experiment, workspace.Configs);
        if (parsed.Shard is { } shard)
        {
            var inShard = (parsed.Variants is { Count: > 0 } named ? named : experiment.Config.Variants.Select(v => v.Name)).Where(v => shard.Contains(experiment.Name, v)).ToList();
            if (inShard.Count == 0)
            {
                output.WriteLine($"{experiment.Name}: shard {shard} holds none of its variants; nothing to run.");
                return 0;
            }

            parsed = parsed with { Variants = inShard };
        }

        string device = Device(parsed.Device);
        int? epochs = parsed.ReportProtocol
            ? experiment.Config.ReportEpochs ?? throw new UsageException($"{experiment.Name} trains the report's length already: it declares no shorter protocol (reportEpochs).")
            : parsed.Epochs;
        var pool = experiment.Config.SeedsOr(workspace.Seeds.Seeds);
        var chosenSeeds = parsed.Quick ? [pool[0]] : parsed.SeedPositions is null ? pool : SeedSet.AtPositions(pool, parsed.SeedPositions, experiment.Config.Seeds is null ? "seeds.json" : $"{experiment.Name}'s own seeds");
        string results = parsed.Quick
            ? Directory.CreateTempSubdirectory("kerasnet-quick-").FullName
            : Path.GetFullPath(parsed.Results ?? workspace.Results);
        string experimentDirectory = RecordStore.ExperimentDirectory(results, experiment.Name);
        Directory.CreateDirectory(experimentDirectory);
        using var runLog = new Serilog.LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Logger(log)
            .WriteTo.File(Path.Combine(experimentDirectory, "run.log"), outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}")
            .CreateLogger();
        log = runLog;
        try
        {
            var options = new RunOptions
            {
                ResultsDirectory = results,
                RepositoryRoot = workspace.Root,
                Seeds = chosenSeeds,
                Variants = parsed.Variants is { Count: > 0 } ? parsed.Variants : null,
                Epochs = epochs,
                Threads = parsed.Threads,
                Device = device,
                Lockstep = parsed.Lockstep,
                Force = parsed.Force,
                Quick = parsed.Quick,
                Data = store,
                SharingCandidates = [.. ExperimentRegistry.All(workspace.Configs)
                    .Where(candidate => candidate.Name != experiment.Name && candidate.Config.Report == experiment.Config.Report)],
            };
            var progress = new ConsoleRunProgress(output, log);
            log.Information("Running {Experiment} into {Results}", experiment.Name, results);
            if (experiment is AnalysisExperiment analysis)
            {
                new AnalysisRunner(options, progress).Run(analysis, cancellation);
            }
            else
            {
                new ExperimentRunner(options, progress).Run(experiment, cancellation);
            }

            var summary = experiment.Summary(results, pool);
            summary.Write(experimentDirectory);
            output.WriteLine(parsed.Quick
                ? $"{experiment.Name}: quick smoke run finished (nothing written to results/)."
                : $"{experiment.Name}: summary written to {experimentDirectory}.");
            return 0;
        }
        finally
        {
            if (parsed.Quick)
            {
                runLog.Dispose();
                Directory.Delete(results, recursive: true);
            }
        }
    }

    /// <summary>The device a run trains on: <c>--device</c>, else <c>KERASNET_DEVICE</c>, else the CPU; checked here, before anything is written.</summary>
    /// <exception cref="UsageException">The device is unknown or not available, naming where it was given.</exception>
    private static string Device(string? option)
    {
        string? variable = Environment.GetEnvironmentVariable("KERASNET_DEVICE");
        string device = option ?? (string.IsNullOrEmpty(variable) ? "cpu" : variable);
        try
        {
            KerasNet.Backend.Engine.CheckDevice(device);
            return device;
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{(option is null ? "KERASNET_DEVICE" : "--device")}: {e.Message.Split(" (Parameter")[0]}");
        }
    }

    /// <summary>Checks experiments against their references; exit code 1 when a check fails.</summary>
    public static int Verify(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        var names = new List<string>();
        string results = workspace.Results;
        bool strict = false;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--strict":
                    strict = true;
                    break;
                case "--results" when i + 1 < arguments.Count:
                    results = Path.GetFullPath(arguments[++i]);
                    break;
                case "--results":
                    throw new UsageException("--results needs a folder.");
                case { } option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"verify: unknown option '{option}'; options: --results DIR, --strict.");
                default:
                    names.Add(arguments[i]);
                    break;
            }
        }

        if (!Directory.Exists(results))
        {
            throw new UsageException($"verify: results folder '{results}' does not exist.");
        }

        bool failed = false;
        foreach (string name in names.Count > 0 ? names : ExperimentRegistry.Names(workspace.Configs))
        {
            var experiment = ExperimentRegistry.Create(name, workspace.Configs);
            var seeds = experiment.Config.SeedsOr(workspace.Seeds.Seeds);
            var summary = experiment.Summary(results, seeds);
            bool dataPresent = store.Check(experiment.Dataset).State == DatasetState.Verified;
            var checks = Verifier.Check(experiment.Config, summary, seeds.Count);
            foreach (var check in checks)
            {
                var verdict = Verdicts.Of(check, experiment.Config, dataPresent);
                output.WriteLine($"{Label(verdict),-13} {check.Description} — {check.Detail}");
                failed |= Verdicts.Fails(verdict, strict);
            }

            if (Verdicts.StalePending(experiment.Config, checks) is { } stale)
            {
                output.WriteLine($"{Label(Verdict.Fails),-13} {stale}");
                failed = true;
            }
        }

        return failed ? 1 : 0;
    }

    /// <summary>
    /// Recomputes the float64 number guard of every training set-up and compares it with <c>results/number-guard.json</c>
    /// (exit 1 on a difference), or writes that file with <c>--write</c>.
    /// </summary>
    public static int Guard(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
    {
        bool write = arguments is ["--write"];
        if (arguments.Count > 0 && !write)
        {
            throw new UsageException($"guard takes only --write (received '{string.Join(' ', arguments)}').");
        }

        string path = Path.Combine(workspace.Results, NumberGuard.FileName);
        var committed = write ? null : NumberGuard.Read(path);
        var setups = NumberGuard.Setups(ExperimentRegistry.All(workspace.Configs));
        var values = new List<GuardValue>();
        bool failed = committed is not null && committed.NumbersVersion != NumbersVersion.Current;
        if (failed)
        {
            output.WriteLine($"FAIL  {path} holds numbers version {committed!.NumbersVersion}; the code computes version {NumbersVersion.Current}: run 'reproduce guard --write'.");
        }

        foreach (var (experiment, variant) in setups)
        {
            var value = NumberGuard.Compute(experiment, variant);
            values.Add(value);
            var match = committed?.Values.FirstOrDefault(v => v.Experiment == value.Experiment && v.Variant == value.Variant);
            string? problem = committed is null ? null : match is null ? $"{value.Experiment} {value.Variant}: no committed guard value; run 'reproduce guard --write'." : NumberGuard.Difference(match, value);
            output.WriteLine(problem is null ? $"ok    {value.Experiment} {value.Variant}: {value.Losses[^1]:R}" : $"FAIL  {problem}");
            failed |= problem is not null;
        }

        foreach (var stale in committed?.Values.Where(c => !values.Any(v => v.Experiment == c.Experiment && v.Variant == c.Variant)) ?? [])
        {
            output.WriteLine($"FAIL  {stale.Experiment} {stale.Variant}: committed, but no longer a distinct set-up; run 'reproduce guard --write'.");
            failed = true;
        }

        if (write)
        {
            RecordJson.WriteAtomically(path, new NumberGuardFile(NumbersVersion.Current, values));
            output.WriteLine($"Written to {path}.");
        }

        return failed ? 1 : 0;
    }

    /// <summary>Writes REPRODUCTION.md and the plots for every registered experiment (a partial document would drop the others' sections).</summary>
    public static int Report(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(output);
        string? results = null;
        string? into = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--results":
                    results = Path.GetFullPath(OptionValues.Next(arguments, ref i));
                    break;
                case "--output":
                    into = Path.GetFullPath(OptionValues.Next(arguments, ref i));
                    break;
                default:
                    throw new UsageException($"report takes only --results DIR and --output DIR (received '{arguments[i]}'): REPRODUCTION.md always covers every experiment; 'reproduce verify <experiment>' checks one.");
            }
        }

        if (results is not null && into is null)
        {
            throw new UsageException("report --results DIR needs --output DIR, so that the repository's REPRODUCTION.md is not replaced by another folder's report.");
        }

        var experiments = ExperimentRegistry.All(workspace.Configs);
        var writer = new KerasNet.Reporting.ReportWriter(into ?? workspace.Root, results ?? workspace.Results, workspace.Seeds.Seeds);
        string path = writer.Write(experiments, e => store.Check(e.Dataset).State == DatasetState.Verified);
        output.WriteLine($"Report written to {path}.");
        return 0;
    }

    /// <summary>
    /// Benchmarks the reference models (or one) against a plain TorchSharp loop; writes docs/PERFORMANCE.md unless
    /// <c>--quick</c> (2048 samples, 1 epoch), which only checks that everything runs.
    /// </summary>
    public static int Bench(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
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
        var benchmark = new KerasNet.Reproduce.Benchmarks.SeedsBenchmark(samples, options.Epochs, options.Threads, output.WriteLine);
        var prototype = new KerasNet.Reproduce.Benchmarks.GroupedConvolutionBenchmark(samples, options.Epochs, options.Threads, output.WriteLine);
        var rows = selected.Select(c => KerasNet.Reproduce.Benchmarks.GroupedConvolutionBenchmark.Models.Contains(c.Model) ? prototype.Run(c.Model, c.BatchSize) : benchmark.Run(c.Model, c.BatchSize)).ToList();
        string table = string.Join(Environment.NewLine, [KerasNet.Reproduce.Benchmarks.SeedsBenchmarkResult.Header, .. rows.Select(r => r.Row())]) + Environment.NewLine;
        output.Write(table);
        if (!options.Quick)
        {
            string path = Path.Combine(workspace.Root, "docs", "PERFORMANCE.md");
            string section = $"## Four seeds: one after the other vs lockstep, {options.Threads} thread{(options.Threads == 1 ? string.Empty : "s")}{Environment.NewLine}{Environment.NewLine}Written by `reproduce bench {arguments.Trim()}` on {DateTimeOffset.UtcNow:yyyy-MM-dd}, libtorch threads {options.Threads}: per model and batch size, {options.Epochs} epochs of {samples} synthetic samples, SGD (lr 0.01), categorical crossentropy and accuracy; each epoch trains the four seeds as four `Fit` calls, then as one `Lockstep.Fit`; medians, in seconds per epoch per seed. The convolutional models are not stacked by `Lockstep.Fit`: their rows time a plain TorchSharp prototype of the grouped form (each convolution grouped over the four copies' channels, dense layers as batched products) against the same prototype one copy at a time, cross-entropy on logits, to see what building it would gain.{Environment.NewLine}{Environment.NewLine}{table}";
            AtomicFile.WriteAllText(path, KerasNet.Reproduce.Benchmarks.PerformanceReport.WithSection(File.Exists(path) ? File.ReadAllText(path) : string.Empty, $"lockstep-{options.Threads}-threads", section));
            output.WriteLine($"Written to {path}.");
        }

        return 0;
    }

    private static string Status(Experiment experiment, Workspace workspace, DatasetStore store)
    {
        var seeds = experiment.Config.SeedsOr(workspace.Seeds.Seeds);
        var summary = experiment.Summary(workspace.Results, seeds);
        int expected = experiment.Config.Variants.Count * seeds.Count;
        int present = summary.Variants.Sum(v => v.Seeds.Count);
        if (present == 0)
        {
            return store.Check(experiment.Dataset).State == DatasetState.Verified ? "not run" : "data missing";
        }

        var checks = Verifier.Check(experiment.Config, summary, seeds.Count);
        int analysed = experiment is AnalysisExperiment analysis
            ? AnalysisSummary.FromDirectory(analysis, RecordStore.ExperimentDirectory(workspace.Results, experiment.Name)).Count
            : expected;
        return checks.Any(c => c.Outcome == CheckOutcome.Fail) ? "FAILED"
            : present < expected ? $"partial ({present}/{expected} runs)"
            : analysed < expected ? $"partial ({analysed}/{expected} runs analysed)"
            : checks.Any(c => c.Kind == Experiments.Configuration.CheckKind.Deviates) ? "deviation"
            : checks.Count == 0 ? "complete (nothing to check)"
            : "verified";
    }

    private static string Label(Verdict verdict) => verdict switch
    {
        Verdict.Reproduces => "pass",
        Verdict.Deviation => "deviation",
        Verdict.Fails => "FAIL",
        Verdict.DataMissing => "data missing",
        Verdict.Pending => "pending",
        _ => "INCONCLUSIVE",
    };
}
