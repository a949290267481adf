using System.Text.Json;

namespace KerasNet.Experiments;

/// <summary>
/// The seeds every experiment is repeated with (<c>seeds.json</c>: <c>{ "seeds": [..] }</c>); report groth2019
/// repeats each run with four fixed seeds and averages the curves, and so do we.
/// </summary>
public sealed class SeedSet
{
    private SeedSet(IReadOnlyList<int> seeds) => Seeds = seeds;

    /// <summary>The seeds, in file order (positions are 1-based on the command line).</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>Reads and validates a seeds file.</summary>
    /// <exception cref="ConfigurationException">The file is missing, not JSON, has other keys, or the seeds are empty or repeated.</exception>
    public static SeedSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"{path}: seeds file not found.");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not valid JSON ({e.Message}).", e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException($"{path}: expected an object with the key \"seeds\".");
        }

        var unknown = root.EnumerateObject().Select(p => p.Name).Where(n => n != "seeds").ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigurationException($"{path}: unknown key \"{unknown[0]}\"; only \"seeds\" is allowed.");
        }

        if (!root.TryGetProperty("seeds", out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() == 0)
        {
            throw new ConfigurationException($"{path}: \"seeds\" must be a non-empty array of integers.");
        }

        var seeds = new List<int>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out int seed) || seed < 0)
            {
                throw new ConfigurationException($"{path}: seed {item} is not a non-negative 32-bit integer.");
            }

            seeds.Add(seed);
        }

        if (seeds.Distinct().Count() != seeds.Count)
        {
            throw new ConfigurationException($"{path}: the seeds must be distinct.");
        }

        return new SeedSet(seeds);
    }

    /// <summary>The seeds at the given 1-based positions (the CLI's <c>--seeds 1,3</c>).</summary>
    /// <exception cref="ConfigurationException">A position is outside the file's range.</exception>
    public IReadOnlyList<int> AtPositions(IEnumerable<int> positions) => AtPositions(Seeds, positions, "seeds.json");

    /// <summary>The seeds of <paramref name="pool"/> (named <paramref name="source"/> in errors) at the given 1-based positions.</summary>
    /// <exception cref="ConfigurationException">A position is outside the pool's range.</exception>
    public static IReadOnlyList<int> AtPositions(IReadOnlyList<int> pool, IEnumerable<int> positions, string source) =>
        positions.Select(p => p >= 1 && p <= pool.Count
            ? pool[p - 1]
            : throw new ConfigurationException($"--seeds: position {p} is outside 1..{pool.Count} of {source}.")).ToList();
}
