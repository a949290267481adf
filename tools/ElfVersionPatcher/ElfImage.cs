using System.Buffers.Binary;
using System.Text;

namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>
/// A read-only view of a 64-bit little-endian ELF shared object: its sections, the symbol versions it
/// requires (<c>.gnu.version_r</c>), the versions it defines (<c>.gnu.version_d</c>) and which dynamic
/// symbols use which version. Every offset is bounds-checked; a malformed file gives an
/// <see cref="ElfFormatException"/> naming the file and the problem.
/// </summary>
public sealed class ElfImage
{
    private const int VerneedSize = 16;
    private const int VernauxSize = 16;
    private const int SymbolSize = 24;

    private readonly byte[] bytes;

    private ElfImage(string path, byte[] bytes)
    {
        Path = path;
        this.bytes = bytes;
        Sections = ReadSections();
    }

    /// <summary>The file the image was read from (used in messages).</summary>
    public string Path { get; }

    /// <summary>All section headers in file order.</summary>
    public IReadOnlyList<ElfSection> Sections { get; }

    /// <summary>Reads and validates the ELF header and section headers of <paramref name="path"/>.</summary>
    /// <exception cref="ElfFormatException">The file is not a 64-bit little-endian ELF or is truncated.</exception>
    public static ElfImage Load(string path) => Parse(path, File.ReadAllBytes(path));

    /// <summary>Parses an in-memory ELF image; <paramref name="path"/> only names it in messages.</summary>
    public static ElfImage Parse(string path, byte[] bytes)
    {
        if (bytes.Length < 64 || bytes[0] != 0x7f || bytes[1] != (byte)'E' || bytes[2] != (byte)'L' || bytes[3] != (byte)'F')
        {
            throw new ElfFormatException($"{path}: not an ELF file (missing the \\x7fELF magic number).");
        }

        if (bytes[4] != 2 || bytes[5] != 1)
        {
            throw new ElfFormatException($"{path}: only 64-bit little-endian ELF files are supported (class {bytes[4]}, data {bytes[5]}).");
        }

        return new ElfImage(path, bytes);
    }

    /// <summary>The symbol versions this image requires from its dependencies.</summary>
    public IReadOnlyList<VersionRequirement> ReadVersionRequirements()
    {
        var section = Sections.FirstOrDefault(s => s.Type == ElfSection.GnuVersionNeeds);
        if (section is null)
        {
            return [];
        }

        var strings = LinkedStrings(section.Link);
        var requirements = new List<VersionRequirement>();
        long entry = section.Offset;
        for (uint i = 0; i < section.Info; i++)
        {
            Require(entry, VerneedSize, ".gnu.version_r entry");
            ushort auxCount = U16(entry + 2);
            string file = strings.Read(U32(entry + 4));
            long aux = entry + U32(entry + 8);
            for (int j = 0; j < auxCount; j++)
            {
                Require(aux, VernauxSize, ".gnu.version_r auxiliary entry");
                requirements.Add(new VersionRequirement(
                    file, strings.Read(U32(aux + 8)), Index: U16(aux + 6), Flags: U16(aux + 4), FlagsOffset: aux + 4));
                aux += U32(aux + 12);
            }

            uint next = U32(entry + 12);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return requirements;
    }

    /// <summary>The version names this image defines (the <c>.gnu.version_d</c> of a library such as libstdc++).</summary>
    public IReadOnlySet<string> ReadVersionDefinitions()
    {
        var section = Sections.FirstOrDefault(s => s.Type == ElfSection.GnuVersionDefinitions);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (section is null)
        {
            return names;
        }

        var strings = LinkedStrings(section.Link);
        long entry = section.Offset;
        for (uint i = 0; i < section.Info; i++)
        {
            Require(entry, 20, ".gnu.version_d entry");
            long aux = entry + U32(entry + 12);
            Require(aux, 8, ".gnu.version_d auxiliary entry");
            names.Add(strings.Read(U32(aux)));
            uint next = U32(entry + 16);
            if (next == 0)
            {
                break;
            }

            entry += next;
        }

        return names;
    }

    /// <summary>The names of the dynamic symbols bound to the given version index.</summary>
    public IReadOnlyList<string> SymbolsUsingVersion(ushort versionIndex)
    {
        var symbols = Sections.FirstOrDefault(s => s.Type == ElfSection.DynamicSymbols);
        var versions = Sections.FirstOrDefault(s => s.Type == ElfSection.GnuVersionSymbols);
        if (symbols is null || versions is null)
        {
            return [];
        }

        var strings = LinkedStrings(symbols.Link);
        long count = symbols.Size / SymbolSize;
        Require(versions.Offset, count * 2, ".gnu.version table");
        Require(symbols.Offset, count * SymbolSize, ".dynsym table");
        var names = new List<string>();
        for (long i = 0; i < count; i++)
        {
            if ((U16(versions.Offset + (i * 2)) & 0x7fff) == versionIndex)
            {
                names.Add(strings.Read(U32(symbols.Offset + (i * SymbolSize))));
            }
        }

        return names;
    }

    private List<ElfSection> ReadSections()
    {
        long tableOffset = checked((long)U64(0x28));
        int entrySize = U16(0x3a);
        int count = U16(0x3c);
        int namesIndex = U16(0x3e);
        if (count == 0)
        {
            throw new ElfFormatException($"{Path}: the ELF file has no section headers.");
        }

        if (entrySize < 64 || namesIndex >= count)
        {
            throw new ElfFormatException($"{Path}: corrupt ELF header (section header size {entrySize}, name table index {namesIndex} of {count}).");
        }

        Require(tableOffset, (long)entrySize * count, "section header table");
        var raw = new List<(uint Name, uint Type, long Offset, long Size, uint Link, uint Info)>();
        for (int i = 0; i < count; i++)
        {
            long h = tableOffset + ((long)i * entrySize);
            var section = (U32(h), U32(h + 4), checked((long)U64(h + 0x18)), checked((long)U64(h + 0x20)), U32(h + 0x28), U32(h + 0x2c));
            if (section.Item2 != 8 /* SHT_NOBITS */ && section.Item2 != 0)
            {
                Require(section.Item3, section.Item4, $"section {i}");
            }

            raw.Add(section);
        }

        var names = new StringTable(this, raw[namesIndex].Offset, raw[namesIndex].Size);
        return raw.Select(s => new ElfSection(names.Read(s.Name), s.Type, s.Offset, s.Size, s.Link, s.Info)).ToList();
    }

    private StringTable LinkedStrings(uint sectionIndex)
    {
        if (sectionIndex >= Sections.Count)
        {
            throw new ElfFormatException($"{Path}: a section links to string table {sectionIndex}, which does not exist.");
        }

        var section = Sections[(int)sectionIndex];
        return new StringTable(this, section.Offset, section.Size);
    }

    private void Require(long offset, long length, string what)
    {
        if (offset < 0 || length < 0 || offset + length > bytes.Length)
        {
            throw new ElfFormatException($"{Path}: truncated or corrupt ELF file ({what} at offset {offset}, {length} bytes, lies outside the {bytes.Length}-byte file).");
        }
    }

    private ushort U16(long offset)
    {
        Require(offset, 2, "field");
        return BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan((int)offset, 2));
    }

    private uint U32(long offset)
    {
        Require(offset, 4, "field");
        return BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)offset, 4));
    }

    private ulong U64(long offset)
    {
        Require(offset, 8, "field");
        return BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan((int)offset, 8));
    }

    private sealed class StringTable(ElfImage image, long offset, long size)
    {
        public string Read(uint index)
        {
            if (index >= size)
            {
                throw new ElfFormatException($"{image.Path}: string index {index} lies outside its {size}-byte string table.");
            }

            var span = image.bytes.AsSpan((int)(offset + index), (int)(size - index));
            int end = span.IndexOf((byte)0);
            if (end < 0)
            {
                throw new ElfFormatException($"{image.Path}: unterminated string at index {index} of a string table.");
            }

            return Encoding.ASCII.GetString(span[..end]);
        }
    }
}
