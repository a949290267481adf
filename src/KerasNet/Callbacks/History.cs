namespace KerasNet.Callbacks;

/// <summary>
/// The learning curves of a <c>Fit</c>: per epoch, each logged quantity (Keras's <c>history.history</c>),
/// and per evaluation point, the same quantities plus the fractional <c>epoch</c>. Read-only to callers: only the
/// training loop appends.
/// </summary>
public sealed class History : Callback
{
    private readonly Curves epochs = new();
    private readonly Curves evaluations = new();

    /// <summary>Per-epoch curves: name → one value per epoch.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Epochs => epochs.View;

    /// <summary>Per-evaluation curves: name → one value per evaluation point, including <c>epoch</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<double>> Evaluations => evaluations.View;

    /// <summary>The number of epochs recorded.</summary>
    public int EpochCount => epochs.View.Count == 0 ? 0 : epochs.View.Values.Max(v => v.Count);

    /// <summary>One curve by name, e.g. <c>val_accuracy</c>.</summary>
    /// <exception cref="KeyNotFoundException">Nothing was logged under that name; the message lists what was.</exception>
    public IReadOnlyList<double> this[string name] =>
        epochs.View.TryGetValue(name, out var values)
            ? values
            : throw new KeyNotFoundException($"History has no '{name}'. Logged: {string.Join(", ", epochs.View.Keys)}.");

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => epochs.Append(logs);

    /// <inheritdoc />
    public override void OnEvaluation(double epoch, IReadOnlyDictionary<string, double> logs) =>
        evaluations.Append(new Dictionary<string, double>(logs) { ["epoch"] = epoch });

    /// <summary>Replaces the curves with earlier ones (a fit resumed from a checkpoint continues its history).</summary>
    internal void Restore(IReadOnlyDictionary<string, IReadOnlyList<double>> epochCurves, IReadOnlyDictionary<string, IReadOnlyList<double>> evaluationCurves)
    {
        epochs.Replace(epochCurves);
        evaluations.Replace(evaluationCurves);
    }

    /// <summary>Named curves that grow by appending, seen from outside through read-only views.</summary>
    private sealed class Curves
    {
        private readonly Dictionary<string, List<double>> lists = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<double>> view = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, IReadOnlyList<double>> View => view;

        public void Append(IReadOnlyDictionary<string, double> logs)
        {
            foreach (var (name, value) in logs)
            {
                if (!lists.TryGetValue(name, out var values))
                {
                    lists[name] = values = [];
                    view[name] = values.AsReadOnly();
                }

                values.Add(value);
            }
        }

        public void Replace(IReadOnlyDictionary<string, IReadOnlyList<double>> curves)
        {
            lists.Clear();
            view.Clear();
            foreach (var (name, values) in curves)
            {
                var list = new List<double>(values);
                lists[name] = list;
                view[name] = list.AsReadOnly();
            }
        }
    }
}
