namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>One <c>Vernaux</c> entry: a symbol version a shared object needs from one of its dependencies.</summary>
/// <param name="File">The dependency providing the version, e.g. <c>libstdc++.so.6</c>.</param>
/// <param name="Version">The version name, e.g. <c>GLIBCXX_3.4.32</c>.</param>
/// <param name="Index">The version index symbols refer to through <c>.gnu.version</c>.</param>
/// <param name="Flags">The <c>vna_flags</c> field.</param>
/// <param name="FlagsOffset">File offset of <c>vna_flags</c>, where the weak flag is written.</param>
public sealed record VersionRequirement(string File, string Version, ushort Index, ushort Flags, long FlagsOffset)
{
    /// <summary>The <c>VER_FLG_WEAK</c> bit: a missing weak version is not fatal to the dynamic loader.</summary>
    public const ushort WeakFlag = 0x2;

    /// <summary>Whether the requirement is already marked weak.</summary>
    public bool IsWeak => (Flags & WeakFlag) != 0;
}
