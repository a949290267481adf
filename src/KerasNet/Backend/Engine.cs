using System.Reflection;
using TorchSharp;

namespace KerasNet.Backend;

/// <summary>Starts the TorchSharp engine, reports its versions and controls its CPU threads.</summary>
public static class Engine
{
    private static readonly Lock StartLock = new();
    private static bool started;

    /// <summary>The TorchSharp managed library version, e.g. <c>0.107.0</c>.</summary>
    public static string TorchSharpVersion =>
        typeof(torch).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The libtorch native version TorchSharp was built against, e.g. <c>2.10.0</c>.</summary>
    public static string LibTorchVersion => torch.__version__;

    /// <summary>The number of threads libtorch uses for one operation.</summary>
    public static int Threads => torch.get_num_threads();

    /// <summary>
    /// Loads the native engine once and runs one tensor operation, turning any load failure into an
    /// <see cref="EngineUnavailableException"/> whose message says why and what to do.
    /// </summary>
    public static void EnsureStarted()
    {
        lock (StartLock)
        {
            if (started)
            {
                return;
            }

            try
            {
                using var probe = torch.ones(2, 2);
                _ = probe.sum().item<float>();
            }
            catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException or EntryPointNotFoundException or BadImageFormatException)
            {
                throw new EngineUnavailableException(Explain(e), e);
            }

            started = true;
        }
    }

    /// <summary>
    /// Fixes the number of intra-op threads. Results are bit-identical only between runs with the same
    /// thread count on the same machine, so runs that must reproduce set it explicitly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threads"/> is not positive.</exception>
    public static void SetThreads(int threads)
    {
        if (threads <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(threads), $"Expected a positive number of threads. Received: threads={threads}");
        }

        EnsureStarted();
        torch.set_num_threads(threads);
    }

    private static string Explain(Exception e)
    {
        string detail = string.Join(" ", Chain(e).Select(x => x.Message));
        if (detail.Contains("GLIBCXX", StringComparison.Ordinal))
        {
            return "The TorchSharp engine could not start: its native library needs a newer libstdc++ (GLIBCXX) than this machine has; "
                + "build KerasNet with 'dotnet build' on this machine so its native fix marks that requirement weak, or install GCC 13's libstdc++.";
        }

        if (detail.Contains("libtorch", StringComparison.OrdinalIgnoreCase) || e is DllNotFoundException || detail.Contains("LibTorchSharp", StringComparison.Ordinal))
        {
            return "The TorchSharp engine could not start: the native libtorch library for this platform is missing from the build output; "
                + "run 'dotnet build' on this machine (the libtorch package for the build's OS is referenced by src/KerasNet).";
        }

        return $"The TorchSharp engine could not start ({Chain(e).Last().Message.Split('\n')[0].Trim()}); run 'dotnet build' on this machine and try again.";
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
        }
    }
}
