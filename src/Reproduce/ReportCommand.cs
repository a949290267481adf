using KerasNet.Data;
using KerasNet.Experiments;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce report</c>: REPRODUCTION.md, its plots and the README's per-report table.</summary>
public static class ReportCommand
{
    /// <summary>Writes REPRODUCTION.md and the plots for every registered experiment (a partial document would drop the others' sections).</summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, DatasetStore store, TextWriter output)
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
}
