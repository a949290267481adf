using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KerasNet.Experiments.Running;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a reproduction (<c>--shard i/n</c>, i from 0): a variant belongs to the part
/// its identity (experiment and variant name) hashes to, so the assignment never changes when other runs are added or
/// finished. A variant's seeds stay together, so lockstep groups and records are those of a single-process run.
/// </summary>
/// <param name="Index">This part, from 0.</param>
/// <param name="Count">The number of parts.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Parses <c>i/n</c> with 0 ≤ i &lt; n.</summary>
    /// <exception cref="FormatException">Not of that form.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index < count
            ? new Shard(index, count)
            : throw new FormatException($"a shard is i/n with 0 <= i < n (e.g. 0/3, as Slurm's $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT with an array 0-(n-1)); received '{text}'.");
    }

    /// <summary>Whether the variant's runs belong to this part.</summary>
    public bool Contains(string experiment, string variant)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{experiment}|{variant}"));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)Count) == Index;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index.ToString(CultureInfo.InvariantCulture)}/{Count.ToString(CultureInfo.InvariantCulture)}";
}
