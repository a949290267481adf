using KerasNet.Backend;
using TorchSharp;

namespace KerasNet;

/// <summary>Global seeding, like <c>keras.utils.set_random_seed</c>.</summary>
public static class Seeding
{
    private static DataRandom shared = new(0);

    /// <summary>
    /// Seeds every source of randomness KerasNet uses: torch's generator (weight initialization, dropout)
    /// and the data-order generator (shuffling). With the same seed and thread count on the same machine,
    /// training gives bit-identical results.
    /// </summary>
    public static void SetRandomSeed(int seed)
    {
        Engine.EnsureStarted();
        torch.manual_seed(seed);
        shared = new DataRandom(unchecked((ulong)seed));
    }

    /// <summary>
    /// The data-order generator the first <c>Fit</c> after <c>SetRandomSeed(seed)</c> draws (building a model does not
    /// draw from it): what a copy trained in <see cref="Models.Lockstep"/> shuffles with.
    /// </summary>
    internal static DataRandom DataRandomOfFirstFit(int seed) => new(new DataRandom(unchecked((ulong)seed)).NextUInt64());

    /// <summary>A new data-order generator drawn from the global one (one per <c>Fit</c> call).</summary>
    internal static DataRandom NextDataRandom() => new(shared.NextUInt64());
}
