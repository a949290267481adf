namespace KerasNet;

/// <summary>
/// The Keras names of one kind of object (optimizers, losses, metrics, initializers, activations), each with what it
/// makes; the one lookup every <c>Get</c> and the config loader use, failing with the known names.
/// </summary>
/// <typeparam name="T">The kind.</typeparam>
internal sealed class NameRegistry<T>
{
    private readonly string kind;
    private readonly string kinds;
    private readonly Dictionary<string, Func<T>> byName = new(StringComparer.Ordinal);

    /// <summary>Creates the registry of <paramref name="kind"/> (for messages; plural <paramref name="kinds"/>) from its names in order.</summary>
    public NameRegistry(string kind, string kinds, params (string Name, Func<T> Create)[] entries)
    {
        this.kind = kind;
        this.kinds = kinds;
        foreach (var (name, create) in entries)
        {
            byName.Add(name, create);
        }

        Names = [.. entries.Select(e => e.Name)];
    }

    /// <summary>Every name, in registration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>What <paramref name="name"/> makes.</summary>
    /// <exception cref="ArgumentException">The name is unknown; the message lists the known names.</exception>
    public T Get(string? name) =>
        name is not null && byName.TryGetValue(name, out var create)
            ? create()
            : throw new ArgumentException($"Unknown {kind}: '{name}'. Known {kinds}: {string.Join(", ", Names)}.", "name");
}
