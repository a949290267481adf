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

    /// <summary>Whether glibc's allocator was tuned to keep tensor buffers for reuse (see KERASNET_MALLOC_TUNING).</summary>
    public static bool AllocatorTuned => NativeAllocator.Tuned;

    /// <summary>The number of threads libtorch uses for one operation.</summary>
    public static int Threads => torch.get_num_threads();

    private static torch.Device? device;

    /// <summary>
    /// Where models, their weights and the data batches live (Keras places them on its one visible device). The default
    /// value is the CPU; <see cref="SetDevice"/> changes it before a model is built. Read only once the engine runs.
    /// </summary>
    public static torch.Device Device => device ??= torch.CPU;

    /// <summary><see cref="Device"/> as <see cref="SetDevice"/> takes it: <c>cpu</c> or <c>cuda:k</c>.</summary>
    public static string DeviceName => device is null || device.type == DeviceType.CPU ? "cpu" : $"cuda:{device.index}";

    /// <summary>
    /// Places what is built from now on on <paramref name="name"/>: <c>cpu</c>, <c>cuda</c> or <c>cuda:k</c>. CUDA needs
    /// the CUDA build (<c>dotnet build -p:KerasNetTorchBackend=cuda</c>) and a visible GPU; numbers on a GPU differ from
    /// the CPU's in float summation order and in the random streams of dropout.
    /// </summary>
    /// <exception cref="ArgumentException">The name is not a device, or CUDA is not available in this build or machine.</exception>
    public static void SetDevice(string name)
    {
        int? cuda = CudaIndex(name);
        EnsureStarted();
        device = cuda is { } index ? Cuda(index, name) : torch.CPU;
    }

    /// <summary>
    /// Checks that <paramref name="name"/> is a device this build and machine have, without changing <see cref="Device"/>;
    /// the CPU is checked without starting the engine.
    /// </summary>
    /// <exception cref="ArgumentException">Not <c>cpu</c>, <c>cuda</c> or <c>cuda:k</c>, or no such CUDA device here.</exception>
    public static void CheckDevice(string name)
    {
        if (CudaIndex(name) is { } index)
        {
            EnsureStarted();
            Cuda(index, name);
        }
    }

    /// <summary><paramref name="values"/> on <see cref="Device"/>: the same tensor when it is there already (on the CPU, always).</summary>
    internal static torch.Tensor Place(torch.Tensor values)
    {
        var target = Device;
        if (values.device_type == target.type && (target.type == DeviceType.CPU || values.device_index == target.index))
        {
            return values;
        }

        var placed = values.to(target);

        // The argument may be held by nothing but its native handle: keep it from being finalized during the call.
        GC.KeepAlive(values);
        return placed;
    }

    /// <summary>The CUDA index a device name means, or null for the CPU; checks the spelling only.</summary>
    private static int? CudaIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == "cpu")
        {
            return null;
        }

        return name == "cuda" ? 0
            : name.StartsWith("cuda:", StringComparison.Ordinal) && int.TryParse(name.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k) ? k
            : throw new ArgumentException($"Unknown device '{name}': expected cpu, cuda or cuda:<index>.", nameof(name));
    }

    /// <summary>CUDA device <paramref name="index"/>, checked against this build and machine.</summary>
    private static torch.Device Cuda(int index, string name)
    {
        if (!torch.cuda.is_available())
        {
            throw new ArgumentException($"Device '{name}' is not available: this build has the CPU libtorch or sees no GPU; build with 'dotnet build -p:KerasNetTorchBackend=cuda' on a machine with a CUDA GPU.", nameof(name));
        }

        int count = torch.cuda.device_count();
        return index < count
            ? new torch.Device(DeviceType.CUDA, index)
            : throw new ArgumentException($"Device '{name}' is not available: this machine has {count} CUDA device(s).", nameof(name));
    }

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

            NativeAllocator.Tune();
            string? loadError = NativePreflight.LoadError();
            if (loadError is not null)
            {
                throw new EngineUnavailableException(ExplainLoadError(loadError));
            }

            var console = Console.Out;
            using var torchSharpTrace = new StringWriter();
            try
            {
                Console.SetOut(torchSharpTrace);
                using var probe = torch.ones(2, 2);
                _ = probe.sum().item<float>();
            }
            catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException or EntryPointNotFoundException or BadImageFormatException)
            {
                throw new EngineUnavailableException(Explain(e), new InvalidOperationException(torchSharpTrace.ToString(), e));
            }
            finally
            {
                Console.SetOut(console);
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

    private static string ExplainLoadError(string loadError)
    {
        string reason = loadError.Split('\n')[0].Trim();
        return reason.Contains("GLIBCXX", StringComparison.Ordinal)
            ? $"The TorchSharp engine could not start because this machine's libstdc++ is older than its native library needs ({reason}); "
                + "rebuild inside the KerasNet repository (its build runs tools/ElfVersionPatcher on the output), or run 'dotnet run --project tools/ElfVersionPatcher -- <output folder>', or install libstdc++ from GCC 13 or later."
            : $"The TorchSharp engine could not start because its native library failed to load ({reason}); run 'dotnet build' on this machine and try again.";
    }

    private static string Explain(Exception e)
    {
        string detail = string.Join(" ", Chain(e).Select(x => x.Message));
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
