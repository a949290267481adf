using System.Text.Json;
using System.Text.Json.Serialization;

namespace KerasNet.Experiments.Records;

/// <summary>
/// Reads and writes run records as indented JSON. Writes go to a temporary file in the same folder that is
/// flushed to disk and then renamed over the target, so a crash or Ctrl+C never leaves a half-written record.
/// </summary>
public static class RecordJson
{
    /// <summary>The serializer settings (camelCase, enums as strings, NaN/Infinity allowed for diverged runs).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteAtomically<T>(string path, T value)
    {
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, value, Options));
    }

    /// <summary>Reads a run record.</summary>
    /// <exception cref="ConfigurationException">The file is not a valid record of this schema version; the message names it.</exception>
    public static RunRecord ReadRecord(string path)
    {
        var record = Read<RunRecord>(path, "run record");
        return record.SchemaVersion == RunRecord.CurrentSchemaVersion
            ? record
            : throw new ConfigurationException($"{path}: run record schema {record.SchemaVersion}; this version reads {RunRecord.CurrentSchemaVersion}.");
    }

    /// <summary>Reads an analysis record.</summary>
    /// <exception cref="ConfigurationException">The file is not a valid analysis record of this schema version; the message names it.</exception>
    public static Analysis.AnalysisRecord ReadAnalysis(string path)
    {
        var record = Read<Analysis.AnalysisRecord>(path, "analysis record");
        return record.SchemaVersion == Analysis.AnalysisRecord.CurrentSchemaVersion
            ? record
            : throw new ConfigurationException($"{path}: analysis record schema {record.SchemaVersion}; this version reads {Analysis.AnalysisRecord.CurrentSchemaVersion}.");
    }

    /// <summary>Reads one JSON file written by this class, e.g. the number guard.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What it is, for messages (<c>run record</c>).</param>
    /// <exception cref="ConfigurationException">Missing, unreadable or not valid JSON of that type; the message names the file.</exception>
    public static T Read<T>(string path, string what)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new ConfigurationException($"{path}: empty {what}.");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not a valid {what} ({e.Message}).", e);
        }
        catch (IOException e)
        {
            throw new ConfigurationException($"{path}: not a readable {what} ({e.Message.Split('\n')[0]}).", e);
        }
    }
}
