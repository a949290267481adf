using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Running;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce list [experiment]</c>: the experiments with their status, or one experiment's variants.</summary>
public static class ListCommand
{
    /// <summary>Lists experiments with their status, or one experiment's variants.</summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
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
}
