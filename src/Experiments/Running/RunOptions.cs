using KerasNet.Data;

namespace KerasNet.Experiments.Running;

/// <summary>How <see cref="ExperimentRunner"/> runs an experiment.</summary>
public sealed record RunOptions
{
    /// <summary>The results root (<c>results/</c>); records go to <c>&lt;root&gt;/&lt;report&gt;/&lt;experiment&gt;/</c>.</summary>
    public required string ResultsDirectory { get; init; }

    /// <summary>The repository root, for the git provenance of records.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The seed values to run.</summary>
    public required IReadOnlyList<int> Seeds { get; init; }

    /// <summary>Only these variants (all when null).</summary>
    public IReadOnlyList<string>? Variants { get; init; }

    /// <summary>Replaces every variant's epoch count (changes the config hash, so such records are kept apart).</summary>
    public int? Epochs { get; init; }

    /// <summary>The threads a run uses unless told: this machine's two cores.</summary>
    public const int DefaultThreads = 2;

    /// <summary>libtorch threads. The default value is <see cref="DefaultThreads"/>.</summary>
    public int Threads { get; init; } = DefaultThreads;

    /// <summary>Where the runs train (<c>cpu</c>, <c>cuda</c>, <c>cuda:k</c>; see <see cref="Backend.Engine.SetDevice"/>). The default value is cpu.</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>
    /// Train the seeds a variant still needs together (<see cref="Models.Lockstep"/>) where its model and settings allow
    /// (<c>run --lockstep auto</c>); false trains them one after the other (<c>--lockstep off</c>). The default value is true.
    /// </summary>
    public bool Lockstep { get; init; } = true;

    /// <summary>Re-run runs whose records exist.</summary>
    public bool Force { get; init; }

    /// <summary>Smoke run: one epoch on the first 1024 training and 512 validation samples.</summary>
    public bool Quick { get; init; }

    /// <summary>Where datasets come from.</summary>
    public required DatasetStore Data { get; init; }

    /// <summary>Number of training steps whose running loss forms the fingerprint. The default value is 20.</summary>
    public int FingerprintSteps { get; init; } = 20;

    /// <summary>Sets libtorch's threads and device to these options' before a model is built.</summary>
    public void ConfigureEngine()
    {
        Backend.Engine.SetThreads(Threads);
        Backend.Engine.SetDevice(Device);
    }

    /// <summary>
    /// Experiments whose finished runs may stand in for an identical run (same dataset and preparation, same training
    /// settings but at least as many epochs, same seed, threads and device) instead of training it again; none by default.
    /// </summary>
    public IReadOnlyList<Experiment> SharingCandidates { get; init; } = [];
}
