using KerasNet.Callbacks;

namespace KerasNet.Models;

/// <summary>
/// One of the models <see cref="Lockstep.Fit"/> trains together: a compiled model, built right after
/// <c>Seeding.SetRandomSeed(Seed)</c> as its single run builds it, and the callbacks of its <c>Fit</c>.
/// </summary>
/// <param name="Model">The compiled model; it holds its trained weights afterwards.</param>
/// <param name="Seed">The seed it was built under: it fixes the copy's data order as a single <c>Fit</c> draws it.</param>
/// <param name="Callbacks">Callbacks besides the returned <see cref="History"/>; none when null.</param>
public sealed record LockstepCopy(Sequential Model, int Seed, IReadOnlyList<Callback>? Callbacks = null);
