using System.Buffers.Binary;
using System.Text;

namespace KerasNet.Tests.Tools;

/// <summary>Builds minimal 64-bit ELF images with version sections, for testing the patcher without real binaries.</summary>
internal static class CraftedElf
{
    private const int HeaderSize = 64;
    private const int SectionHeaderSize = 64;

    /// <summary>An image needing <paramref name="versions"/> from <paramref name="file"/>; each symbol names the version index it uses.</summary>
    public static byte[] WithRequirements(string file, (string Version, ushort Index, ushort Flags)[] versions, (string Name, ushort VersionIndex)[] symbols)
    {
        var strings = new StringTableBuilder();
        uint fileName = strings.Add(file);
        var versionNames = versions.Select(v => strings.Add(v.Version)).ToArray();
        var symbolNames = symbols.Select(s => strings.Add(s.Name)).ToArray();

        var needs = new byte[16 + (16 * versions.Length)];
        Put16(needs, 0, 1);
        Put16(needs, 2, (ushort)versions.Length);
        Put32(needs, 4, fileName);
        Put32(needs, 8, 16);
        Put32(needs, 12, 0);
        for (int i = 0; i < versions.Length; i++)
        {
            int aux = 16 + (16 * i);
            Put32(needs, aux, 0x1234);
            Put16(needs, aux + 4, versions[i].Flags);
            Put16(needs, aux + 6, versions[i].Index);
            Put32(needs, aux + 8, versionNames[i]);
            Put32(needs, aux + 12, i == versions.Length - 1 ? 0u : 16u);
        }

        var dynsym = new byte[24 * (symbols.Length + 1)];
        var versym = new byte[2 * (symbols.Length + 1)];
        for (int i = 0; i < symbols.Length; i++)
        {
            Put32(dynsym, 24 * (i + 1), symbolNames[i]);
            Put16(versym, 2 * (i + 1), symbols[i].VersionIndex);
        }

        return Assemble(strings.Bytes,
        [
            (".dynsym", 11u, dynsym, 1u, 0u),
            (".gnu.version", 0x6fffffffu, versym, 2u, 0u),
            (".gnu.version_r", 0x6ffffffeu, needs, 1u, 1u),
        ]);
    }

    /// <summary>An image defining <paramref name="versions"/> (like a libstdc++).</summary>
    public static byte[] WithDefinitions(params string[] versions)
    {
        var strings = new StringTableBuilder();
        var names = versions.Select(strings.Add).ToArray();
        var defs = new byte[28 * versions.Length];
        for (int i = 0; i < versions.Length; i++)
        {
            int entry = 28 * i;
            Put16(defs, entry, 1);
            Put16(defs, entry + 4, (ushort)(i + 2));
            Put16(defs, entry + 6, 1);
            Put32(defs, entry + 12, 20);
            Put32(defs, entry + 16, i == versions.Length - 1 ? 0u : 28u);
            Put32(defs, entry + 20, names[i]);
        }

        return Assemble(strings.Bytes, [(".gnu.version_d", 0x6ffffffdu, defs, 1u, (uint)versions.Length)]);
    }

    /// <summary>Lays out: header, .dynstr, the given sections, .shstrtab, section headers (null first, .dynstr is index 1).</summary>
    private static byte[] Assemble(byte[] dynstr, (string Name, uint Type, byte[] Content, uint Link, uint Info)[] sections)
    {
        var all = new List<(string Name, uint Type, byte[] Content, uint Link, uint Info)> { (".dynstr", 3, dynstr, 0, 0) };
        all.AddRange(sections);
        var sectionNames = new StringTableBuilder();
        var nameOffsets = all.Select(s => sectionNames.Add(s.Name)).ToList();
        uint shstrtabName = sectionNames.Add(".shstrtab");
        all.Add((".shstrtab", 3, sectionNames.Bytes, 0, 0));
        nameOffsets.Add(shstrtabName);

        var body = new List<byte>();
        var offsets = new List<long>();
        foreach (var section in all)
        {
            while ((HeaderSize + body.Count) % 8 != 0)
            {
                body.Add(0);
            }

            offsets.Add(HeaderSize + body.Count);
            body.AddRange(section.Content);
        }

        while ((HeaderSize + body.Count) % 8 != 0)
        {
            body.Add(0);
        }

        long tableOffset = HeaderSize + body.Count;
        int count = all.Count + 1;
        var image = new byte[tableOffset + (count * SectionHeaderSize)];
        image[0] = 0x7f;
        image[1] = (byte)'E';
        image[2] = (byte)'L';
        image[3] = (byte)'F';
        image[4] = 2;
        image[5] = 1;
        image[6] = 1;
        Put16(image, 0x10, 3);
        Put16(image, 0x12, 0x3e);
        BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(0x28), (ulong)tableOffset);
        Put16(image, 0x34, HeaderSize);
        Put16(image, 0x3a, SectionHeaderSize);
        Put16(image, 0x3c, (ushort)count);
        Put16(image, 0x3e, (ushort)(count - 1));
        body.CopyTo(image, HeaderSize);
        for (int i = 0; i < all.Count; i++)
        {
            int h = (int)tableOffset + ((i + 1) * SectionHeaderSize);
            Put32(image, h, nameOffsets[i]);
            Put32(image, h + 4, all[i].Type);
            BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(h + 0x18), (ulong)offsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(image.AsSpan(h + 0x20), (ulong)all[i].Content.Length);
            Put32(image, h + 0x28, all[i].Link);
            Put32(image, h + 0x2c, all[i].Info);
        }

        return image;
    }

    private static void Put16(byte[] buffer, int offset, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(buffer.AsSpan(offset), value);

    private static void Put32(byte[] buffer, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(offset), value);

    private sealed class StringTableBuilder
    {
        private readonly List<byte> bytes = [0];

        public byte[] Bytes => [.. bytes];

        public uint Add(string text)
        {
            uint offset = (uint)bytes.Count;
            bytes.AddRange(Encoding.ASCII.GetBytes(text));
            bytes.Add(0);
            return offset;
        }
    }
}
