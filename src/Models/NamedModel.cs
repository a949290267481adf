using KerasNet.Models;

namespace KerasNet.Architectures;

/// <summary>A report's architecture under its catalog name <c>&lt;report&gt;-&lt;model&gt;</c>.</summary>
/// <param name="Name">Catalog name, e.g. <c>nanavati2021-cnn</c>.</param>
/// <param name="Description">One line: what it is and where in the report it comes from.</param>
/// <param name="Create">Builds a fresh, uncompiled model (weights drawn from the seeded generator).</param>
public sealed record NamedModel(string Name, string Description, Func<Sequential> Create);
