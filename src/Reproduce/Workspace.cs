using KerasNet.Experiments;

namespace KerasNet.Reproduce;

/// <summary>The checkout the CLI works in: its configs, seeds and results.</summary>
/// <param name="Root">The repository root (the folder with KerasNet.sln).</param>
public sealed record Workspace(string Root)
{
    /// <summary>The configs folder.</summary>
    public string Configs => Path.Combine(Root, "configs");

    /// <summary>The default results folder.</summary>
    public string Results => Path.Combine(Root, "results");

    private readonly Lazy<SeedSet> seeds = new(() => SeedSet.Load(Path.Combine(Root, "seeds.json")));

    /// <summary>The seeds of seeds.json (read and validated on first use).</summary>
    public SeedSet Seeds => seeds.Value;

    /// <summary>
    /// The experiments a run of <paramref name="experiment"/> may take an identical finished run from instead of
    /// training it (<see cref="KerasNet.Experiments.Running.RunOptions.SharingCandidates"/>): the other experiments of its report.
    /// </summary>
    public IReadOnlyList<Experiment> SharingCandidates(Experiment experiment) => SharingCandidates(experiment, ExperimentRegistry.All(Configs));

    /// <summary>The other experiments of <paramref name="experiment"/>'s report among <paramref name="experiments"/> (see <see cref="SharingCandidates(Experiment)"/>).</summary>
    public static IReadOnlyList<Experiment> SharingCandidates(Experiment experiment, IEnumerable<Experiment> experiments)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(experiments);
        return [.. experiments.Where(candidate => candidate.Name != experiment.Name && candidate.Config.Report == experiment.Config.Report)];
    }

    /// <summary>The checkout containing the current directory.</summary>
    /// <exception cref="UsageException">Not inside a KerasNet checkout.</exception>
    public static Workspace Find() =>
        new(RepositoryRoot.Above(Environment.CurrentDirectory)
            ?? throw new UsageException($"run reproduce inside a KerasNet checkout (no KerasNet.sln above {Environment.CurrentDirectory})."));
}
