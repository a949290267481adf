using KerasNet.Experiments;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Verification;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce guard</c>: the float64 number guard recomputed and compared, or written.</summary>
public static class GuardCommand
{
    /// <summary>
    /// Recomputes the float64 number guard of every training set-up and compares it with <c>results/number-guard.json</c>
    /// (exit 1 on a difference), or writes that file with <c>--write</c>.
    /// </summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
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
}
