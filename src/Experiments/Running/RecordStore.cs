using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Where a results folder keeps its runs — <c>&lt;report&gt;/&lt;experiment&gt;/&lt;variant&gt;/seed-&lt;n&gt;.json</c>
/// with the trained weights beside — and which of them still stand for the current configs.
/// </summary>
public static class RecordStore
{
    /// <summary>The folder of an experiment's records under a results root.</summary>
    public static string ExperimentDirectory(string resultsDirectory, string experiment) =>
        Path.Combine([resultsDirectory, .. experiment.Split('/')]);

    /// <summary>The record path of one run.</summary>
    public static string RecordPath(string resultsDirectory, string experiment, string variant, int seed) =>
        Path.Combine(ExperimentDirectory(resultsDirectory, experiment), variant, $"seed-{seed}.json");

    /// <summary>Every run record of an experiment under <paramref name="resultsDirectory"/> (all variants and seeds, shared ones included).</summary>
    public static IReadOnlyList<RunRecord> Records(string resultsDirectory, string experiment)
    {
        string directory = ExperimentDirectory(resultsDirectory, experiment);
        return Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, "seed-*.json", SearchOption.AllDirectories).Select(RecordJson.ReadRecord)]
            : [];
    }

    /// <summary>
    /// The trained weights the runner keeps beside a record it trained (<c>seed-&lt;n&gt;.weights</c>; not committed,
    /// written before the record, so a record's weights are never older than the record). Analysis experiments load them.
    /// </summary>
    public static string WeightsPath(string recordPath) => Path.ChangeExtension(recordPath, ".weights");

    /// <summary>The lowercase hex SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
    }

    /// <summary>Writes a trained run's weights, then its record (with the weights' hash); returns the record written.</summary>
    public static RunRecord Keep(RunRecord trained, Models.Sequential model, string path)
    {
        ArgumentNullException.ThrowIfNull(trained);
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        model.SaveWeights(WeightsPath(path));
        var record = trained with { WeightsSha256 = Sha256(WeightsPath(path)) };
        RecordJson.WriteAtomically(path, record);
        return record;
    }

    /// <summary>Whether <paramref name="path"/> holds a record made under <paramref name="hash"/> that still stands.</summary>
    public static bool HasCurrentRecord(string resultsDirectory, string path, string hash) => File.Exists(path) && IsCurrent(resultsDirectory, RecordJson.ReadRecord(path), hash);

    /// <summary>
    /// Whether a record stands for its run under the current config: made under <paramref name="hash"/> and, when shared,
    /// still the donor's run (a donor trained again since makes the shared copy stale; a donor that is gone does not).
    /// </summary>
    public static bool IsCurrent(string resultsDirectory, RunRecord record, string hash)
    {
        if (record.ConfigHash != hash || record.NumbersVersion != NumbersVersion.Current)
        {
            return false;
        }

        if (record.Donor is not { } donor)
        {
            return true;
        }

        string donorPath = RecordPath(resultsDirectory, donor.Experiment, donor.Variant, donor.Seed);
        return !File.Exists(donorPath) || RecordJson.ReadRecord(donorPath).StartedUtc == record.StartedUtc;
    }
}
