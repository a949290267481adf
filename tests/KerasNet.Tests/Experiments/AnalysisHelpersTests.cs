using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Pictures;

namespace KerasNet.Tests.Experiments;

/// <summary>The small pieces the analysis experiments are built from, checked against hand-computed values.</summary>
public sealed class AnalysisHelpersTests
{
    [Test]
    public void Upsample_KeepsAConstantMap_AndInterpolatesBetweenPixelCentres()
    {
        var constant = Overlay.Upsample([2f, 2f, 2f, 2f], 2, 2, 5, 3);
        var ramp = Overlay.Upsample([0f, 1f], 1, 2, 1, 4);

        Assert.That(constant, Is.All.EqualTo(2f));
        Assert.That(ramp, Is.EqualTo(new[] { 0f, 0.25f, 0.75f, 1f }).Within(1e-6f), "centres at 0.5 px of the target map to -0.25, 0.25, 0.75, 1.25 of the source, clamped to the edges");
    }

    [Test]
    public void Blend_IsHalfImageHalfViridis()
    {
        var panel = Overlay.Blend([1f, 0f], 1, 2, 1, [0f, 1f], 1, 2, "c");
        var low = ImageGrid.Viridis(0);
        var high = ImageGrid.Viridis(1);

        Assert.That(panel.Channels, Is.EqualTo(3));
        Assert.That(panel.Pixels[0], Is.EqualTo(0.5f + (0.5f * low.Red / 255f)).Within(1e-6f));
        Assert.That(panel.Pixels[5], Is.EqualTo(0.5f * high.Blue / 255f).Within(1e-6f));
    }

    [Test]
    public void FirstOfEachClass_PicksTheFirstIndexOfEveryLabelInLabelOrder()
    {
        var oneHot = new NDArray<float>([0, 1, 0, /**/ 1, 0, 0, /**/ 0, 1, 0, /**/ 0, 0, 1], 4, 3);

        Assert.That(Samples.FirstOfEachClass(oneHot, 10), Is.EqualTo(new[] { 1, 0, 3 }));
        Assert.That(Samples.FirstOfEachClass(oneHot, 2), Is.EqualTo(new[] { 1, 0 }));
        Assert.That(Samples.Labels(new NDArray<float>([2, 0], 2)), Is.EqualTo(new[] { 2, 0 }));
    }

    [Test]
    public void SpectrumShares_OfADcOnlyAndOfAFlatSpectrum()
    {
        const int size = 8;
        var dcOnly = new float[size * size];
        dcOnly[((size / 2) * size) + (size / 2)] = MathF.Log(1 + 10);
        var flat = Enumerable.Repeat(MathF.Log(2), size * size).ToArray();

        Assert.That(SpectrumEnergy.LowFrequencyShare(dcOnly, size, size), Is.EqualTo(1).Within(1e-12));
        Assert.That(SpectrumEnergy.AxisShare(flat, size, size), Is.EqualTo(15.0 / 64).Within(1e-6));
        Assert.That(SpectrumEnergy.LowFrequencyShare(flat, size, size), Is.EqualTo(13.0 / 64).Within(1e-6), "13 of the 64 frequencies lie within radius 2 of the centre");
    }

    [Test]
    public void SpectrumCorrelation_IsPearsons_AndRefusesWhatHasNone()
    {
        float[] ramp = [1, 2, 3, 4];

        Assert.That(SpectrumEnergy.Correlation(ramp, [2, 4, 6, 8]), Is.EqualTo(1).Within(1e-12));
        Assert.That(SpectrumEnergy.Correlation(ramp, [4, 3, 2, 1]), Is.EqualTo(-1).Within(1e-12));
        Assert.That(SpectrumEnergy.Correlation(ramp, [1, -1, -1, 1]), Is.EqualTo(0).Within(1e-12));
        Assert.That(() => SpectrumEnergy.Correlation(ramp, [1, 1, 1, 1]), Throws.ArgumentException.With.Message.Contains("constant"));
        Assert.That(() => SpectrumEnergy.Correlation(ramp, [1, 2]), Throws.ArgumentException.With.Message.Contains("one size"));
    }
}
