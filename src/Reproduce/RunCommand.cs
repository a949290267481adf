using System.Globalization;
using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Running;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce run</c>: trains what an experiment is missing (and analyses it), resumable.</summary>
public static class RunCommand
{
    /// <summary>How long a run waits for another process that is writing the same experiment's summary.</summary>
    private static readonly TimeSpan SummaryWait = TimeSpan.FromMinutes(5);

    /// <summary>Runs an experiment (what is missing), then rewrites its summary.</summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output, ILogger log, CancellationToken cancellation)
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
            .WriteTo.File(Path.Combine(experimentDirectory, "run.log"), outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}", shared: true)
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
                Threads = parsed.Threads ?? (parsed.Jobs > 1 ? 1 : RunOptions.DefaultThreads),
                Device = device,
                Lockstep = parsed.Lockstep,
                Force = parsed.Force,
                Quick = parsed.Quick,
                Data = store,
                SharingCandidates = workspace.SharingCandidates(experiment),
            };
            var progress = new ConsoleRunProgress(output, log);
            log.Information("Running {Experiment} into {Results}", experiment.Name, results);
            IReadOnlyList<string> failed = [];
            if (parsed.Jobs > 1)
            {
                failed = new RunJobs(RunJobs.ThisProgram(), output).Run(Jobs(experiment, parsed, options, pool), parsed.Jobs, cancellation);
            }
            else if (experiment is AnalysisExperiment analysis)
            {
                new AnalysisRunner(options, progress).Run(analysis, cancellation);
            }
            else
            {
                new ExperimentRunner(options, progress).Run(experiment, cancellation);
            }

            using (KerasNet.Experiments.Records.SummaryLock.Acquire(experimentDirectory, SummaryWait))
            {
                experiment.Summary(results, pool).Write(experimentDirectory);
            }

            output.WriteLine(parsed.Quick
                ? $"{experiment.Name}: quick smoke run finished (nothing written to results/)."
                : $"{experiment.Name}: summary written to {experimentDirectory}.");
            if (failed.Count > 0)
            {
                output.WriteLine($"{experiment.Name}: {failed.Count} of its jobs failed ({string.Join(", ", failed)}); their output above says why, and `reproduce run` again continues them.");
                return 1;
            }

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

    /// <summary>
    /// The child commands of <c>run --jobs</c>: one per unit of missing work (a run, or a variant's seeds that train in
    /// lockstep; every selected run of an analysis experiment, whose children skip what is done), each with the options
    /// of this command.
    /// </summary>
    private static List<(string Label, IReadOnlyList<string> Arguments)> Jobs(Experiment experiment, RunArguments parsed, RunOptions options, IReadOnlyList<int> pool)
    {
        var units = experiment is AnalysisExperiment
            ? [.. (options.Variants ?? [.. experiment.Config.Variants.Select(v => v.Name)]).SelectMany(v => options.Seeds.Select(seed => (Variant: v, Seeds: (IReadOnlyList<int>)[seed])))]
            : new ExperimentRunner(options).PendingUnits(experiment).Select(unit => (Variant: unit.Variant.Name, unit.Seeds)).ToList();
        var positions = pool.ToList();
        return [.. units.Select((unit, i) =>
        {
            var arguments = new List<string>
            {
                "run", experiment.Name, "--variant", unit.Variant,
                "--seeds", string.Join(',', unit.Seeds.Select(seed => positions.IndexOf(seed) + 1)),
                "--threads", options.Threads.ToString(CultureInfo.InvariantCulture),
                "--device", options.Device, "--results", options.ResultsDirectory,
                "--lockstep", options.Lockstep ? "auto" : "off",
            };
            if (parsed.Epochs is { } epochs)
            {
                arguments.AddRange(["--epochs", epochs.ToString(CultureInfo.InvariantCulture)]);
            }

            if (parsed.ReportProtocol)
            {
                arguments.Add("--report-protocol");
            }

            if (parsed.Force)
            {
                arguments.Add("--force");
            }

            return ($"job {i + 1}/{units.Count} {unit.Variant} seed {string.Join(',', unit.Seeds)}", (IReadOnlyList<string>)arguments);
        })];
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
}
