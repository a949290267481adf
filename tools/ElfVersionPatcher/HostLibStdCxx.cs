using System.Runtime.InteropServices;

namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>Finds the libstdc++ the dynamic loader gives processes on this host.</summary>
public static class HostLibStdCxx
{
    /// <summary>
    /// The path of the libstdc++.so.6 mapped into this process (loading it first if needed), which is the
    /// one every .NET process on this host, including KerasNet's, will get; null when there is none.
    /// </summary>
    public static string? Locate()
    {
        string? path = FindMapped();
        if (path is null && NativeLibrary.TryLoad(WeakVersionPatcher.LibStdCxx, out _))
        {
            path = FindMapped();
        }

        return path;
    }

    private static string? FindMapped()
    {
        const string maps = "/proc/self/maps";
        if (!File.Exists(maps))
        {
            return null;
        }

        return File.ReadLines(maps)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 6)
            .Select(fields => string.Join(' ', fields.Skip(5)))
            .FirstOrDefault(file => System.IO.Path.GetFileName(file).StartsWith("libstdc++.so", StringComparison.Ordinal));
    }
}
