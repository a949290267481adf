using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Running;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce run</c>: trains what an experiment is missing (and analyses it), resumable.</summary>
public static class RunCommand
{
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
}
