using System.Text.Json;
using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Running;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce plan</c>: the runs still missing as JSON lines, or a job file that runs them as shards.</summary>
public static class PlanCommand
{
    /// <summary>Plan lines name their fields in camelCase, nulls included, so that every line has the same keys.</summary>
    private static readonly JsonSerializerOptions PlanJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>
    /// Prints the runs still missing, one JSON line each in a stable order (experiments by name, variants as configured,
    /// seeds as in seeds.json): experiment, variant, seed, epochs, the shard when <c>--shard</c> is given, the estimated
    /// seconds (<see cref="RunCostEstimate"/>), null when no comparable run has trained, and the
    /// finished run of another experiment it would be shared from (estimate 0) at the <c>--threads</c> a run uses (2 unless given).
    /// </summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(output);
        var names = new List<string>();
        string results = workspace.Results;
        Shard? shard = null;
        string? emit = null;
        int? shards = null;
        int threads = RunOptions.DefaultThreads;
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
                case "--threads":
                    threads = OptionValues.Positive("--threads", OptionValues.Next(arguments, ref i));
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

        List<Experiment> all = [.. ExperimentRegistry.All(workspace.Configs)];
        var experiments = names.Count > 0 ? names.Select(n => ExperimentRegistry.Create(n, workspace.Configs)).ToList() : all;
        var runs = new List<PlannedRun>();
        var cost = new RunCostEstimate(results, all, threads);
        foreach (var experiment in experiments.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var runner = new ExperimentRunner(new RunOptions { ResultsDirectory = results, RepositoryRoot = workspace.Root, Seeds = experiment.Config.SeedsOr(workspace.Seeds.Seeds), Data = store, Threads = threads, SharingCandidates = Workspace.SharingCandidates(experiment, all) }, progress: null);
            foreach (var (variant, seed) in runner.Pending(experiment).Where(p => shard is null || shard.Contains(experiment.Name, p.Variant.Name)))
            {
                string? donor = runner.DonorOf(experiment, variant, seed);
                double? estimate = donor is not null ? 0 : cost.Seconds(experiment, variant);
                runs.Add(new PlannedRun(experiment.Name, variant.Name, seed, experiment.Config.Resolve(variant).TotalEpochs, shard?.ToString(), estimate, donor));
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
}
