using System.Diagnostics;
using System.Runtime.InteropServices;
using KerasNet.Backend;

namespace KerasNet.Experiments.Records;

/// <summary>Captures the <see cref="RunEnvironment"/> of this process.</summary>
public static class Provenance
{
    /// <summary>The code (git commit and dirty flag of <paramref name="repositoryRoot"/>) and machine of this run.</summary>
    public static RunEnvironment Capture(string repositoryRoot)
    {
        Engine.EnsureStarted();
        string commit = Git(repositoryRoot, "rev-parse HEAD")?.Trim() ?? "unknown";
        string? status = Git(repositoryRoot, "status --porcelain --untracked-files=no");
        return new RunEnvironment(
            commit,
            GitDirty: status is null || status.Trim().Length > 0,
            Engine.TorchSharpVersion,
            Engine.LibTorchVersion,
            Environment.Version.ToString(),
            RuntimeInformation.OSDescription,
            CpuModel(),
            Engine.Threads,
            Engine.DeviceName);
    }

    /// <summary>
    /// The CPU model name from /proc/cpuinfo with its widest vector instruction set, e.g. <c>AMD EPYC (avx512)</c>
    /// (machines sold under one name differ in SIMD width, and libtorch's kernels with it), or the architecture
    /// where /proc/cpuinfo is not available.
    /// </summary>
    public static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }

        var lines = File.ReadLines(cpuInfo).Take(64).ToList();
        string? model = lines.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
        var flags = lines.FirstOrDefault(l => l.StartsWith("flags", StringComparison.Ordinal))?.Split(':', 2)[1]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) ?? [];
        string? vector = new[] { ("avx512f", "avx512"), ("avx2", "avx2"), ("avx", "avx"), ("sse4_2", "sse4.2") }
            .Where(f => flags.Contains(f.Item1)).Select(f => f.Item2).FirstOrDefault();
        string name = model ?? RuntimeInformation.ProcessArchitecture.ToString();
        return vector is null ? name : $"{name} ({vector})";
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", $"-C \"{directory}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
