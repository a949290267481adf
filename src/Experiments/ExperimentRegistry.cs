using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments;

/// <summary>
/// Every experiment by name: the config files <c>configs/&lt;report&gt;/&lt;experiment&gt;.json</c>, each made into
/// an experiment of the kind it names (<see cref="ExperimentKinds"/>).
/// </summary>
public static class ExperimentRegistry
{
    /// <summary>The names of the experiments configured in <paramref name="configsDirectory"/>, sorted.</summary>
    /// <exception cref="ConfigurationException">The folder does not exist.</exception>
    public static IReadOnlyList<string> Names(string configsDirectory)
    {
        ArgumentNullException.ThrowIfNull(configsDirectory);
        if (!Directory.Exists(configsDirectory))
        {
            throw new ConfigurationException($"{configsDirectory}: configs folder not found.");
        }

        return [.. Directory.EnumerateDirectories(configsDirectory)
            .SelectMany(report => Directory.EnumerateFiles(report, "*.json")
                .Select(file => $"{Path.GetFileName(report)}/{Path.GetFileNameWithoutExtension(file)}"))
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>Every experiment configured in <paramref name="configsDirectory"/>, by name.</summary>
    /// <exception cref="ConfigurationException">A config is invalid, or a collapse rate explains an experiment that is not configured.</exception>
    public static IReadOnlyList<Experiment> All(string configsDirectory)
    {
        var names = Names(configsDirectory);
        var experiments = names.Select(name => Create(name, configsDirectory)).ToList();
        if (experiments.FirstOrDefault(e => e.Config.CollapseRate?.Explains is { } explained && !names.Contains(explained, StringComparer.Ordinal)) is { } orphan)
        {
            throw new ConfigurationException($"{Path.Combine(configsDirectory, orphan.Name)}.json: collapseRate.explains names '{orphan.Config.CollapseRate!.Explains}', which is not an experiment.");
        }

        return experiments;
    }

    /// <summary>Creates an experiment from <c>configs/&lt;name&gt;.json</c>.</summary>
    /// <exception cref="ConfigurationException">Unknown name (the message lists the names) or an invalid config.</exception>
    public static Experiment Create(string name, string configsDirectory)
    {
        ArgumentNullException.ThrowIfNull(name);
        var names = Names(configsDirectory);
        return names.Contains(name, StringComparer.Ordinal)
            ? ExperimentKinds.Create(ConfigLoader.LoadByName(configsDirectory, name))
            : throw new ConfigurationException($"Unknown experiment '{name}'. Experiments: {string.Join(", ", names)}.");
    }
}
