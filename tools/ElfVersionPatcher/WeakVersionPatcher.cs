namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>
/// Decides which libstdc++ version requirements of a shared object the host cannot satisfy, and marks
/// them weak (<c>VER_FLG_WEAK</c>) when — and only when — every symbol bound to such a version is one
/// known never to be called. A missing weak version is not fatal to glibc's dynamic loader.
/// </summary>
public static class WeakVersionPatcher
{
    /// <summary>The dependency whose version requirements are considered.</summary>
    public const string LibStdCxx = "libstdc++.so.6";

    /// <summary>
    /// Symbols safe to leave unresolved. GCC 13's &lt;iostream&gt; references
    /// <c>std::ios_base_library_init()</c> (GLIBCXX_3.4.32) only to force the link; nothing calls it.
    /// </summary>
    public static readonly IReadOnlySet<string> NeverCalledSymbols = new HashSet<string>(StringComparer.Ordinal)
    {
        "_ZSt21ios_base_library_initv",
    };

    /// <summary>Compares the libstdc++ versions <paramref name="image"/> requires with those the host defines.</summary>
    public static PatchPlan Plan(ElfImage image, IReadOnlySet<string> hostVersions)
    {
        var toWeaken = new List<VersionRequirement>();
        var alreadyWeak = new List<VersionRequirement>();
        var blockers = new List<string>();
        foreach (var requirement in image.ReadVersionRequirements())
        {
            if (requirement.File != LibStdCxx || hostVersions.Contains(requirement.Version))
            {
                continue;
            }

            if (requirement.IsWeak)
            {
                alreadyWeak.Add(requirement);
                continue;
            }

            var symbols = image.SymbolsUsingVersion(requirement.Index);
            var needed = symbols.Where(s => !NeverCalledSymbols.Contains(s)).ToList();
            if (needed.Count == 0)
            {
                toWeaken.Add(requirement);
            }
            else
            {
                blockers.Add($"{requirement.Version} is needed by {string.Join(", ", needed.Take(5))}{(needed.Count > 5 ? ", ..." : "")}");
            }
        }

        return new PatchPlan(toWeaken, alreadyWeak, blockers);
    }

    /// <summary>
    /// Writes the weak flags of <paramref name="plan"/> into <paramref name="path"/> by writing a patched copy
    /// beside it and renaming it over the original, so the directory entry is replaced and any file the
    /// original was linked to (a package cache) is never modified.
    /// </summary>
    public static void Apply(string path, PatchPlan plan)
    {
        if (plan.ToWeaken.Count == 0)
        {
            return;
        }

        byte[] bytes = File.ReadAllBytes(path);
        foreach (var requirement in plan.ToWeaken)
        {
            ushort flags = (ushort)(requirement.Flags | VersionRequirement.WeakFlag);
            bytes[requirement.FlagsOffset] = (byte)(flags & 0xff);
            bytes[requirement.FlagsOffset + 1] = (byte)(flags >> 8);
        }

        string temp = path + ".kerasnet-patch.tmp";
        File.WriteAllBytes(temp, bytes);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
        }

        File.Move(temp, path, overwrite: true);
    }
}
