using System.Globalization;

namespace KerasNet.Experiments.Records;

/// <summary>
/// Which run a record is, as <see cref="RunRecord.SharedFrom"/> names a donor: <c>&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;</c>
/// (the experiment's name holds its report, e.g. <c>kipping2022/hyperparameter-grid/lr=0.001,batch=128/seed-3</c>).
/// </summary>
/// <param name="Experiment">The experiment, e.g. <c>kipping2022/hyperparameter-grid</c>.</param>
/// <param name="Variant">The variant.</param>
/// <param name="Seed">The seed.</param>
public sealed record RunAddress(string Experiment, string Variant, int Seed)
{
    private const string SeedPrefix = "seed-";

    /// <summary>Reads the written form.</summary>
    /// <exception cref="FormatException">Not <c>&lt;report&gt;/&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;</c>.</exception>
    public static RunAddress Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string[] parts = text.Split('/');
        return parts.Length >= 4 && parts[^1].StartsWith(SeedPrefix, StringComparison.Ordinal)
            && int.TryParse(parts[^1][SeedPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out int seed)
            ? new RunAddress(string.Join('/', parts[..^2]), parts[^2], seed)
            : throw new FormatException($"'{text}' is not a run address <report>/<experiment>/<variant>/seed-<n>.");
    }

    /// <summary>The written form, <c>&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;</c>.</summary>
    public override string ToString() => $"{Experiment}/{Variant}/{SeedPrefix}{Seed.ToString(CultureInfo.InvariantCulture)}";
}
