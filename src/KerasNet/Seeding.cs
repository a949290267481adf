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

    /// <summary>A new data-order generator drawn from the global one (one per <c>Fit</c> call).</summary>
    internal static DataRandom NextDataRandom() => new(shared.NextUInt64());
}
