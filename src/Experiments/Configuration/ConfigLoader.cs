using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KerasNet.Experiments.Configuration;

/// <summary>Reads and validates experiment configs; every error names the file and what is wrong.</summary>
public static class ConfigLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly JsonSerializerOptions HashOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Reads <c>configs/&lt;report&gt;/&lt;experiment&gt;.json</c> for an experiment name.</summary>
    public static ExperimentConfig LoadByName(string configsDirectory, string name) =>
        Load(Path.Combine(configsDirectory, name + ".json"), expectedName: name);

    /// <summary>Reads and validates one config file.</summary>
    /// <exception cref="ConfigurationException">Missing file, bad JSON, unknown key, missing value or value out of range.</exception>
    public static ExperimentConfig Load(string path, string? expectedName = null)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"{path}: config file not found.");
        }

        var config = Read<ExperimentConfig>(path, "config");
        if (config.Data?.Subset is { } subset)
        {
            config = config with { Data = WithSubset(path, config.Data, subset) };
        }

        ConfigValidator.Validate(path, config, expectedName);
        return config;
    }

    /// <summary>Reads and validates a subset file <c>configs/&lt;report&gt;/subsets/&lt;name&gt;.json</c> (a data selection with its description).</summary>
    /// <exception cref="ConfigurationException">Bad JSON, an unknown key, no description, or a reference to another subset.</exception>
    public static DataSelection LoadSubset(string path)
    {
        var file = Read<DataSelection>(path, "subset file");
        if (file.Subset is not null || file.Description is null)
        {
            throw new ConfigurationException($"{path}: a subset file needs a description and names no other subset.");
        }

        ConfigValidator.ValidateData(file, int.MaxValue, problem => throw new ConfigurationException($"{path}: {problem}"));
        return file;
    }

    private static T Read<T>(string path, string what)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new ConfigurationException($"{path}: the {what} is empty.");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: {Describe(e)}", e);
        }
    }

    /// <summary>The subset file a config's data section names, with the section's own keys laid over it.</summary>
    private static DataSelection WithSubset(string configPath, DataSelection inline, string subset)
    {
        string path = Path.Combine(Path.GetDirectoryName(configPath)!, "subsets", subset + ".json");
        if (subset.Length == 0 || subset.IndexOfAny(['/', '\\', '.']) >= 0 || !File.Exists(path))
        {
            throw new ConfigurationException($"{configPath}: data.subset '{subset}' names no subset file (expected {path}).");
        }

        var file = LoadSubset(path);
        return file with
        {
            Subset = subset,
            Train = Over(file.Train, inline.Train),
            Test = Over(file.Test, inline.Test),
            Classes = inline.Classes ?? file.Classes,
            HeldOutValidation = inline.HeldOutValidation ?? file.HeldOutValidation,
            Rescale = inline.Rescale ?? file.Rescale,
            Offset = inline.Offset ?? file.Offset,
        };
    }

    /// <summary>SHA-256 of a variant's fully resolved settings (with the experiment name and dataset).</summary>
    public static string Hash(ExperimentConfig config, VariantConfig variant)
    {
        var resolved = new { config.Name, config.Dataset, config.Data, Variant = variant.Name, Training = config.Resolve(variant) };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(resolved, HashOptions))));
    }

    /// <summary>
    /// The SHA-256 of everything that fixes an analysis's numbers: the resolved analysis settings (the config's over the
    /// experiment's defaults), the version of the method and the numbers the method fixes in code. An analysis made under
    /// anything else is redone (its model is not retrained). Version 1 without such numbers hashes the settings alone, as
    /// every analysis did before methods had versions.
    /// </summary>
    /// <param name="config">The experiment's config.</param>
    /// <param name="analysis">The resolved analysis settings.</param>
    /// <param name="methodVersion">The method's version.</param>
    /// <param name="constants">Numbers the method fixes in code, by name; left out of the hash when there are none.</param>
    public static string AnalysisHash(ExperimentConfig config, AnalysisSettings analysis, int methodVersion, IReadOnlyDictionary<string, double> constants)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(constants);
        ArgumentOutOfRangeException.ThrowIfLessThan(methodVersion, 1);
        var sorted = constants.Count == 0 ? null : new SortedDictionary<string, double>(constants.ToDictionary(), StringComparer.Ordinal);
        object resolved = (methodVersion, sorted) switch
        {
            (1, null) => new { config.Name, config.Dataset, Analysis = analysis },
            (_, null) => new { config.Name, config.Dataset, Analysis = analysis, MethodVersion = methodVersion },
            _ => new { config.Name, config.Dataset, Analysis = analysis, MethodVersion = methodVersion, Constants = sorted },
        };
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(resolved, HashOptions))));
    }

    private static string Describe(JsonException e)
    {
        string message = e.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"unknown key at {e.Path} ({message.Split('.')[0]}).";
        }

        return message.Contains("missing required properties", StringComparison.Ordinal)
            ? $"missing value: {message.Split(':').Last().Trim().TrimEnd('.')} (at {e.Path ?? "$"})."
            : $"invalid JSON at {e.Path ?? "$"} ({message.Split(". Path")[0]}).";
    }

    private static SampleSelection? Over(SampleSelection? file, SampleSelection? inline) =>
        file is null || inline is null
            ? inline ?? file
            : new SampleSelection { From = inline.From ?? file.From, First = inline.First ?? file.First, Indices = inline.Indices ?? file.Indices };
}
