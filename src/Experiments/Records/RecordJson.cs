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
        try
        {
            using var stream = File.OpenRead(path);
            var record = JsonSerializer.Deserialize<RunRecord>(stream, Options) ?? throw new ConfigurationException($"{path}: empty run record.");
            return record.SchemaVersion == RunRecord.CurrentSchemaVersion
                ? record
                : throw new ConfigurationException($"{path}: run record schema {record.SchemaVersion}; this version reads {RunRecord.CurrentSchemaVersion}.");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not a valid run record ({e.Message}).", e);
        }
    }

    /// <summary>Reads an analysis record.</summary>
    /// <exception cref="ConfigurationException">The file is not a valid analysis record of this schema version; the message names it.</exception>
    public static Analysis.AnalysisRecord ReadAnalysis(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var record = JsonSerializer.Deserialize<Analysis.AnalysisRecord>(stream, Options) ?? throw new ConfigurationException($"{path}: empty analysis record.");
            return record.SchemaVersion == Analysis.AnalysisRecord.CurrentSchemaVersion
                ? record
                : throw new ConfigurationException($"{path}: analysis record schema {record.SchemaVersion}; this version reads {Analysis.AnalysisRecord.CurrentSchemaVersion}.");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException($"{path}: not a valid analysis record ({e.Message}).", e);
        }
    }
}
