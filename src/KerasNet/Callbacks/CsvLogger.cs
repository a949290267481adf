using System.Globalization;

namespace KerasNet.Callbacks;

/// <summary>Writes one CSV row per epoch (<c>epoch</c> then the logged names in sorted order), as Keras's <c>CSVLogger</c>.</summary>
/// <param name="path">The file written (replaced at the start of training).</param>
/// <param name="separator">Field separator. The default value is a comma.</param>
public sealed class CsvLogger(string path, char separator = ',') : Callback
{
    private StreamWriter? writer;
    private string[]? columns;

    /// <summary>The file written.</summary>
    public string Path { get; } = path ?? throw new ArgumentNullException(nameof(path));

    /// <inheritdoc />
    public override void OnTrainBegin()
    {
        writer?.Dispose();
        writer = new StreamWriter(Path, append: false);
        columns = null;
    }

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (writer is null)
        {
            return;
        }

        if (columns is null)
        {
            columns = logs.Keys.Order(StringComparer.Ordinal).ToArray();
            writer.WriteLine(string.Join(separator, columns.Prepend("epoch")));
        }

        var values = columns.Select(c => logs.TryGetValue(c, out double v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty);
        writer.WriteLine(string.Join(separator, values.Prepend(epoch.ToString(CultureInfo.InvariantCulture))));
        writer.Flush();
    }

    /// <inheritdoc />
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        writer?.Dispose();
        writer = null;
    }
}
