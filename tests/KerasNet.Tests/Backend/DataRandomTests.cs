using KerasNet.Backend;

namespace KerasNet.Tests.Backend;

public sealed class DataRandomTests
{
    /// <summary>Values from an independent implementation of SplitMix64-seeded xoshiro256** (written in Python).</summary>
    [Test]
    public void Sequence_IsPinnedToXoshiro256StarStar()
    {
        var random = new DataRandom(42);

        Assert.That(new[] { random.NextUInt64(), random.NextUInt64(), random.NextUInt64() },
            Is.EqualTo(new[] { 0x15780b2e0c2ec716UL, 0x6104d9866d113a7eUL, 0xae17533239e499a1UL }));
    }

    [Test]
    public void Permutation_IsPinnedFisherYatesWithUnbiasedBounds()
    {
        Assert.That(new DataRandom(7).Permutation(10), Is.EqualTo(new[] { 1, 8, 3, 0, 4, 5, 9, 6, 2, 7 }));
    }

    [Test]
    public void NextInt_StaysWithinItsBound_AndRejectsNonPositive()
    {
        var random = new DataRandom(1);

        Assert.That(Enumerable.Range(0, 1000).Select(_ => random.NextInt(3)), Is.All.InRange(0, 2));
        Assert.That(() => random.NextInt(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }
}
