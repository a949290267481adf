using KerasNet.Experiments;
using KerasNet.Experiments.Running;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Reproduction.Tests;

/// <summary>The checkout under test: its configs, seeds and committed results.</summary>
internal static class Repository
{
    public static string Root { get; } =
        RepositoryRoot.Above(AppContext.BaseDirectory) ?? throw new InvalidOperationException("KerasNet.sln not found above the test output.");

    public static string Configs => Path.Combine(Root, "configs");

    public static string Results => Path.Combine(Root, "results");

    public static IReadOnlyList<int> Seeds => SeedSet.Load(Path.Combine(Root, "seeds.json")).Seeds;

    public static IEnumerable<Experiment> Experiments() => ExperimentRegistry.All(Configs);

    public static ExperimentSummary Summary(Experiment experiment) => experiment.Summary(Results, experiment.Config.SeedsOr(Seeds));
}
