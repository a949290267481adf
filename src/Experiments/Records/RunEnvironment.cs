namespace KerasNet.Experiments.Records;

/// <summary>What a run was made with: enough to judge whether another machine should give the same numbers.</summary>
/// <param name="GitCommit">The commit of the code, or "unknown" outside a git checkout.</param>
/// <param name="GitDirty">Whether tracked files had uncommitted changes.</param>
/// <param name="TorchSharp">TorchSharp version.</param>
/// <param name="LibTorch">libtorch version.</param>
/// <param name="DotNet">.NET runtime version.</param>
/// <param name="OperatingSystem">OS description.</param>
/// <param name="Cpu">CPU model name and widest vector instruction set, e.g. <c>AMD EPYC (avx2)</c> (records made before 2026-11-24 show the name alone).</param>
/// <param name="Threads">libtorch intra-op threads used.</param>
/// <param name="Device">Where the run trained: <c>cpu</c> or <c>cuda:k</c> (records made before 2026-12-03 have none: they trained on the CPU).</param>
public sealed record RunEnvironment(string GitCommit, bool GitDirty, string TorchSharp, string LibTorch, string DotNet, string OperatingSystem, string Cpu, int Threads, string Device = "cpu")
{
    /// <summary>This environment with the threads and device the engine ran on (set after it was captured).</summary>
    public RunEnvironment AsRun() => this with { Threads = Backend.Engine.Threads, Device = Backend.Engine.DeviceName };
}
