using System.Runtime.InteropServices;

namespace KerasNet.Backend;

/// <summary>
/// On Linux, loads TorchSharp's native library from the build output with the dynamic loader before
/// TorchSharp does, so a load failure is reported with the loader's own reason (e.g. a missing GLIBCXX
/// version) instead of TorchSharp's long trace and its fallback of copying libtorch out of the NuGet cache.
/// </summary>
internal static unsafe class NativePreflight
{
    private const int RtldLazy = 1;
    private const string Library = "libLibTorchSharp.so";

    /// <summary>Null when the library loads (or is not in the build output); otherwise the loader's error.</summary>
    public static string? LoadError()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string? path = new[]
        {
            Path.Combine(AppContext.BaseDirectory, "runtimes", RuntimeInformation.RuntimeIdentifier, "native", Library),
            Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", Library),
            Path.Combine(AppContext.BaseDirectory, Library),
        }.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return null;
        }

        // Both functions are resolved before dlopen runs: resolving a symbol resets dlerror's message.
        if (!NativeLibrary.TryLoad("libc.so.6", out var libc)
            || !NativeLibrary.TryGetExport(libc, "dlopen", out var open)
            || !NativeLibrary.TryGetExport(libc, "dlerror", out var error))
        {
            return null;
        }

        var dlopen = (delegate* unmanaged<byte*, int, IntPtr>)open;
        var dlerror = (delegate* unmanaged<IntPtr>)error;
        IntPtr handle;
        fixed (byte* name = System.Text.Encoding.UTF8.GetBytes(path + "\0"))
        {
            handle = dlopen(name, RtldLazy);
        }

        return handle != IntPtr.Zero ? null : Marshal.PtrToStringUTF8(dlerror()) ?? $"{path} could not be loaded";
    }
}
