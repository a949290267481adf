using System.Runtime.InteropServices;

namespace KerasNet.Backend;

/// <summary>
/// Keeps glibc from returning large tensor buffers to the OS after every training step. By default glibc serves
/// allocations above its (dynamic) mmap threshold with fresh mappings and unmaps them when freed, so every step
/// page-faults its activations and gradients in again; measured here on the kipping2022 baseline CNN this made a
/// step 2.7× slower (76 vs 28 ms) and spent more time in the kernel than in math. Raising the mmap and trim
/// thresholds once at start-up lets freed buffers be reused. It changes only where memory comes from, never a
/// number. Set <c>KERASNET_MALLOC_TUNING=0</c> to leave glibc's defaults.
/// </summary>
internal static class NativeAllocator
{
    private const int TrimThreshold = -1;
    private const int MmapThreshold = -3;
    private const int Threshold = 1 << 30;

    /// <summary>Whether the tuning was applied in this process.</summary>
    public static bool Tuned { get; private set; }

    public static void Tune()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("KERASNET_MALLOC_TUNING") == "0")
        {
            return;
        }

        try
        {
            Tuned = SetOption(MmapThreshold, Threshold) == 1 && SetOption(TrimThreshold, Threshold) == 1;
        }
        catch (EntryPointNotFoundException)
        {
            Tuned = false;
        }
        catch (DllNotFoundException)
        {
            Tuned = false;
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int SetOption(int parameter, int value);
}
