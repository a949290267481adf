namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>The fields of an ELF64 section header that version patching needs.</summary>
/// <param name="Name">Section name from the section-header string table.</param>
/// <param name="Type">The section type (<c>sh_type</c>).</param>
/// <param name="Offset">File offset of the section contents.</param>
/// <param name="Size">Size of the section contents in bytes.</param>
/// <param name="Link">Index of the associated section (<c>sh_link</c>), e.g. its string table.</param>
/// <param name="Info">Extra information (<c>sh_info</c>): for version sections, the entry count.</param>
public sealed record ElfSection(string Name, uint Type, long Offset, long Size, uint Link, uint Info)
{
    /// <summary>Dynamic linking symbol table.</summary>
    public const uint DynamicSymbols = 11;

    /// <summary>GNU version definitions (<c>.gnu.version_d</c>).</summary>
    public const uint GnuVersionDefinitions = 0x6ffffffd;

    /// <summary>GNU version requirements (<c>.gnu.version_r</c>).</summary>
    public const uint GnuVersionNeeds = 0x6ffffffe;

    /// <summary>GNU symbol version table (<c>.gnu.version</c>).</summary>
    public const uint GnuVersionSymbols = 0x6fffffff;
}
