using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>A report's architecture under its catalog name <c>&lt;report&gt;-&lt;model&gt;</c>.</summary>
/// <param name="Name">Catalog name, e.g. <c>nanavati2021-cnn</c>.</param>
/// <param name="Description">One line: what it is and where in the report it comes from.</param>
/// <param name="InputShape">The shape of one input sample, whatever the options (the data are prepared to it without building the model).</param>
/// <param name="Accepts">The <see cref="ModelOptions"/> that apply (those a report varies).</param>
/// <param name="Build">Builds a fresh, uncompiled model (weights drawn from the seeded generator).</param>
public sealed record NamedModel(string Name, string Description, Shape InputShape, ModelOption Accepts, Func<ModelOptions, Sequential> Build)
{
    /// <summary>A model without options.</summary>
    public NamedModel(string name, string description, Shape inputShape, Func<Sequential> create)
        : this(name, description, inputShape, ModelOption.None, _ => create())
    {
    }

    /// <summary>Builds the model as the report defines it.</summary>
    public Sequential Create() => Build(ModelOptions.Default);

    /// <summary>The options of <paramref name="set"/> this model does not take, or <see cref="ModelOption.None"/>.</summary>
    public ModelOption Refused(ModelOption set) => set & ~Accepts;

    /// <summary>Builds the model with <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">An option is set that this model does not take.</exception>
    public Sequential Create(ModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var refused = Refused(options.Set);
        return refused == ModelOption.None
            ? Build(options)
            : throw new ArgumentException($"Model '{Name}' does not take the option(s) {refused}.", nameof(options));
    }
}
