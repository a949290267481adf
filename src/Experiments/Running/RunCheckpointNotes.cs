namespace KerasNet.Experiments.Running;

/// <summary>
/// The runner's notes beside a run's training checkpoint (<c>run.json</c>): the settings it was made under, which a
/// resumed run must share, and what the run's record needs from the sessions before.
/// </summary>
/// <param name="ConfigHash">The variant's config hash.</param>
/// <param name="NumbersVersion">The numbers version of the code that trained it.</param>
/// <param name="Threads">libtorch threads (numbers are bit-identical only for the same count).</param>
/// <param name="Device">Where it trained.</param>
/// <param name="StartedUtc">When the run first started.</param>
internal sealed record RunCheckpointNotes(string ConfigHash, int NumbersVersion, int Threads, string Device, DateTimeOffset StartedUtc)
{
    /// <summary>Seconds trained by the end of each epoch, over all sessions.</summary>
    public List<double> SecondsAfterEpoch { get; init; } = [];

    /// <summary>The fingerprint losses recorded so far.</summary>
    public List<double> Fingerprint { get; set; } = [];

    /// <summary>The epochs after which the run was resumed.</summary>
    public List<int> ResumedAfter { get; init; } = [];

    /// <summary>
    /// The commit of the code in each session that trained the run, in order ("unknown" for a session whose checkpoint
    /// did not note it).
    /// </summary>
    public List<string> SessionCommits { get; init; } = [];

    /// <summary>Whether a checkpoint with these notes can continue the run <paramref name="other"/> describes.</summary>
    public bool SameRunAs(RunCheckpointNotes other) =>
        (ConfigHash, NumbersVersion, Threads, Device) == (other.ConfigHash, other.NumbersVersion, other.Threads, other.Device);
}
