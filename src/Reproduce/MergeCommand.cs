using KerasNet.Experiments;
using KerasNet.Experiments.Records;

namespace KerasNet.Reproduce;

/// <summary><c>reproduce merge</c>: shard results copied into the results folder, refusing records that do not belong.</summary>
public static class MergeCommand
{
    /// <summary>
    /// Copies the run files of shard result folders (records, weights, analyses: everything under a <c>seed-*</c> name)
    /// into the results folder. Every record is checked first — its experiment and variant exist, it was made under the
    /// current config hash and numbers version, and a file already there is identical — and nothing is copied unless all
    /// pass, so a refused merge leaves the results as they were.
    /// </summary>
    public static int Execute(IReadOnlyList<string> arguments, Workspace workspace, TextWriter output)
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
}
