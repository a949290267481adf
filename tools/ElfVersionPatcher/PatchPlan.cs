namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>What <see cref="WeakVersionPatcher"/> decided for one shared object.</summary>
/// <param name="ToWeaken">Missing versions that only known-unused symbols need: safe to mark weak.</param>
/// <param name="AlreadyWeak">Missing versions already marked weak (a previous run patched the file).</param>
/// <param name="Blockers">Missing versions that real code needs; marking them weak would hide a crash.</param>
public sealed record PatchPlan(
    IReadOnlyList<VersionRequirement> ToWeaken,
    IReadOnlyList<VersionRequirement> AlreadyWeak,
    IReadOnlyList<string> Blockers)
{
    /// <summary>Whether the host already provides everything (nothing missing at all).</summary>
    public bool NothingMissing => ToWeaken.Count == 0 && AlreadyWeak.Count == 0 && Blockers.Count == 0;
}
