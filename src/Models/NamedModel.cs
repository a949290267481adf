using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>A report's architecture under its catalog name <c>&lt;report&gt;-&lt;model&gt;</c>.</summary>
/// <param name="Name">Catalog name, e.g. <c>nanavati2021-cnn</c>.</param>
/// <param name="Description">One line: what it is and where in the report it comes from.</param>
/// <param name="AcceptsOptions">Whether <see cref="ModelOptions"/> apply (models whose activation and initializer a report varies).</param>
/// <param name="Build">Builds a fresh, uncompiled model (weights drawn from the seeded generator).</param>
public sealed record NamedModel(string Name, string Description, bool AcceptsOptions, Func<ModelOptions, Sequential> Build)
{
    /// <summary>A model without options.</summary>
    public NamedModel(string name, string description, Func<Sequential> create)
        : this(name, description, false, _ => create())
    {
    }

    /// <summary>Builds the model as the report defines it.</summary>
    public Sequential Create() => Build(ModelOptions.Default);

    /// <summary>Builds the model with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">Options are set but this model takes none.</exception>
    public Sequential Create(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return AcceptsOptions || options == ModelOptions.Default
            ? Build(options)
            : throw new ArgumentException($"Model '{Name}' takes no activation or kernel initializer option.", nameof(options));
    }
}
