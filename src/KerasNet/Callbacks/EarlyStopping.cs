namespace KerasNet.Callbacks;

/// <summary>
/// Stops training when <see cref="Monitor"/> has not improved by more than <see cref="MinDelta"/> for
/// <see cref="Patience"/> epochs (Keras <c>EarlyStopping</c>); optionally restores the best epoch's weights.
/// </summary>
public sealed class EarlyStopping : Callback
{
    private double best;
    private int wait;
    private List<NDArray<float>>? bestWeights;

    /// <summary>Creates the callback.</summary>
    /// <param name="monitor">Logged quantity to watch. The default value is val_loss.</param>
    /// <param name="minDelta">Smallest change that counts as improvement. The default value is 0.</param>
    /// <param name="patience">Epochs without improvement before stopping. The default value is 0.</param>
    /// <param name="mode">Direction. The default value is <see cref="MonitorMode.Auto"/>.</param>
    /// <param name="restoreBestWeights">Restore the best epoch's weights at the end. The default value is false.</param>
    public EarlyStopping(string monitor = "val_loss", double minDelta = 0, int patience = 0, MonitorMode mode = MonitorMode.Auto, bool restoreBestWeights = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(monitor);
        Monitor = monitor;
        MinDelta = Math.Abs(minDelta);
        Patience = patience >= 0 ? patience : throw new ArgumentOutOfRangeException(nameof(patience), $"Expected a non-negative integer. Received: patience={patience}");
        Maximize = mode == MonitorMode.Max || (mode == MonitorMode.Auto && monitor.Contains("acc", StringComparison.Ordinal));
        RestoreBestWeights = restoreBestWeights;
    }

    /// <summary>The watched quantity.</summary>
    public string Monitor { get; }

    /// <summary>Smallest change that counts as improvement.</summary>
    public double MinDelta { get; }

    /// <summary>Epochs without improvement tolerated.</summary>
    public int Patience { get; }

    /// <summary>Whether higher is better.</summary>
    public bool Maximize { get; }

    /// <summary>Whether the best weights are restored.</summary>
    public bool RestoreBestWeights { get; }

    /// <summary>The epoch training stopped at, or -1 if it ran to the end.</summary>
    public int StoppedEpoch { get; private set; } = -1;

    /// <inheritdoc />
    public override void OnTrainBegin()
    {
        best = Maximize ? double.NegativeInfinity : double.PositiveInfinity;
        wait = 0;
        StoppedEpoch = -1;
        bestWeights = null;
    }

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        if (!logs.TryGetValue(Monitor, out double current))
        {
            throw new InvalidOperationException($"EarlyStopping monitors '{Monitor}', which is not logged. Logged: {string.Join(", ", logs.Keys)}.");
        }

        wait++;
        bool improved = Maximize ? current - MinDelta > best : current + MinDelta < best;
        if (improved)
        {
            best = current;
            wait = 0;
            if (RestoreBestWeights)
            {
                bestWeights = Model!.GetWeights();
            }

            return;
        }

        if (wait >= Patience && epoch > 0)
        {
            StoppedEpoch = epoch;
            Model!.StopTraining = true;
        }
    }

    /// <inheritdoc />
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        if (RestoreBestWeights && bestWeights is not null)
        {
            Model!.SetWeights(bestWeights);
        }
    }
}
