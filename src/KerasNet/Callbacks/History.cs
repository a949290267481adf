namespace KerasNet.Callbacks;

/// <summary>
/// The learning curves of a <c>Fit</c>: per epoch, each logged quantity (Keras's <c>history.history</c>),
/// and per evaluation point, the same quantities plus the fractional <c>epoch</c>.
/// </summary>
public sealed class History : Callback
{
    private readonly Dictionary<string, List<double>> epochs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<double>> evaluations = new(StringComparer.Ordinal);

    /// <summary>Per-epoch curves: name → one value per epoch.</summary>
    public IReadOnlyDictionary<string, List<double>> Epochs => epochs;

    /// <summary>Per-evaluation curves: name → one value per evaluation point, including <c>epoch</c>.</summary>
    public IReadOnlyDictionary<string, List<double>> Evaluations => evaluations;

    /// <summary>The number of epochs recorded.</summary>
    public int EpochCount => epochs.Count == 0 ? 0 : epochs.Values.Max(v => v.Count);

    /// <summary>One curve by name, e.g. <c>val_accuracy</c>.</summary>
    /// <exception cref="KeyNotFoundException">Nothing was logged under that name; the message lists what was.</exception>
    public IReadOnlyList<double> this[string name] =>
        epochs.TryGetValue(name, out var values)
            ? values
            : throw new KeyNotFoundException($"History has no '{name}'. Logged: {string.Join(", ", epochs.Keys)}.");

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => Append(epochs, logs);

    /// <inheritdoc />
    public override void OnEvaluation(double epoch, IReadOnlyDictionary<string, double> logs)
    {
        Append(evaluations, new Dictionary<string, double>(logs) { ["epoch"] = epoch });
    }

    private static void Append(Dictionary<string, List<double>> curves, IReadOnlyDictionary<string, double> logs)
    {
        foreach (var (name, value) in logs)
        {
            if (!curves.TryGetValue(name, out var values))
            {
                curves[name] = values = [];
            }

            values.Add(value);
        }
    }
}
