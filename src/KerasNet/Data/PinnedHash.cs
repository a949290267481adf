namespace KerasNet.Data;

/// <summary>An accepted SHA-256 of a data file, with where that exact file comes from.</summary>
/// <param name="Sha256">Lower-case hexadecimal SHA-256.</param>
/// <param name="Source">Whose file this is, e.g. "official archive" or "Debian dataset-fashion-mnist".</param>
public sealed record PinnedHash(string Sha256, string Source);
