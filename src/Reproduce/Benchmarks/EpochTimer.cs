using System.Diagnostics;
using KerasNet.Callbacks;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>Times each epoch of a Fit from its start to its end (the data conversion before the first epoch is excluded).</summary>
internal sealed class EpochTimer : Callback
{
    private readonly Stopwatch clock = new();

    public List<double> Seconds { get; } = [];

    public override void OnEpochBegin(int epoch) => clock.Restart();

    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs) => Seconds.Add(clock.Elapsed.TotalSeconds);
}
