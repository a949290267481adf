using KerasNet.Initializers;

namespace KerasNet.Tests.Initializers;

[NonParallelizable]
public sealed class InitializerTests
{
    private static readonly Shape Kernel = new(3, 3, 40, 60);

    [TestCase("glorot_uniform", 6.0 / (360 + 540))]
    [TestCase("he_uniform", 6.0 / 360)]
    [TestCase("lecun_uniform", 3.0 / 360)]
    public void UniformVarianceScaling_HasKerasLimit(string name, double squaredLimit)
    {
        var values = Sample(name);
        double limit = Math.Sqrt(squaredLimit);

        Assert.That(values.Max(), Is.LessThanOrEqualTo(limit).And.GreaterThan(0.99 * limit));
        Assert.That(values.Min(), Is.GreaterThanOrEqualTo(-limit).And.LessThan(-0.99 * limit));
    }

    [TestCase("glorot_normal", 2.0 / (360 + 540))]
    [TestCase("he_normal", 2.0 / 360)]
    [TestCase("lecun_normal", 1.0 / 360)]
    public void TruncatedVarianceScaling_HasKerasVarianceAndTwoSigmaCut(string name, double variance)
    {
        var values = Sample(name);
        double std = Math.Sqrt(values.Select(v => (double)v * v).Average());
        double cut = 2 * Math.Sqrt(variance) / 0.87962566103423978;

        Assert.That(std, Is.EqualTo(Math.Sqrt(variance)).Within(0.02 * Math.Sqrt(variance)));
        Assert.That(values.Select(Math.Abs).Max(), Is.LessThanOrEqualTo(cut * 1.0001));
    }

    [Test]
    public void RandomUniform_DefaultsToPlusMinus0Point05()
    {
        var values = Sample("random_uniform");

        Assert.That(values.Max(), Is.LessThanOrEqualTo(0.05).And.GreaterThan(0.0499));
        Assert.That(values.Min(), Is.GreaterThanOrEqualTo(-0.05).And.LessThan(-0.0499));
    }

    [Test]
    public void RandomNormal_DefaultsToSigma0Point05()
    {
        var values = Sample("random_normal");
        double std = Math.Sqrt(values.Select(v => (double)v * v).Average());

        Assert.That(std, Is.EqualTo(0.05).Within(0.001));
    }

    [Test]
    public void TruncatedNormal_DefaultsToSigma0Point05CutAtTwoSigma()
    {
        var values = Sample("truncated_normal");

        Assert.That(values.Select(Math.Abs).Max(), Is.LessThanOrEqualTo(0.1 + 1e-7));
    }

    [Test]
    public void ConstantsAndIdentity()
    {
        Assert.That(Sample("zeros"), Is.All.Zero);
        Assert.That(Sample("ones"), Is.All.EqualTo(1f));
        using var eye = new Identity(2).Generate(new Shape(2, 3));
        Assert.That(eye.data<float>().ToArray(), Is.EqualTo(new float[] { 2, 0, 0, 0, 2, 0 }));
        using var constant = new Constant(0.25).Generate(new Shape(2));
        Assert.That(constant.data<float>().ToArray(), Is.All.EqualTo(0.25f));
    }

    [Test]
    public void UnknownName_ThrowsListingTheKnownNames()
    {
        Assert.That(() => Initializer.FromString("xavier"), Throws.ArgumentException.With.Message.Contain("'xavier'").And.Message.Contain("glorot_uniform"));
    }

    [Test]
    public void Deserialize_TakesKerasClassNamesAndTheirConfig()
    {
        Seeding.SetRandomSeed(11);
        using var normal = KerasNet.Initializers.Initializers.Deserialize("RandomNormal", new Dictionary<string, object> { ["mean"] = 1.0, ["stddev"] = 10.0 }).Generate(Kernel);
        var values = normal.data<float>().ToArray();
        double mean = values.Average(v => (double)v);
        double std = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        using var uniform = KerasNet.Initializers.Initializers.Deserialize("random_uniform", new Dictionary<string, object> { ["minval"] = 0.0, ["maxval"] = 0.5 }).Generate(Kernel);

        Assert.That(mean, Is.EqualTo(1).Within(0.2));
        Assert.That(std, Is.EqualTo(10).Within(0.2));
        Assert.That(uniform.data<float>().ToArray(), Is.All.InRange(0f, 0.5f));
        Assert.That(KerasNet.Initializers.Initializers.Deserialize("Ones", null), Is.TypeOf<Ones>());
        Assert.That(KerasNet.Initializers.Initializers.Deserialize("HeUniform", null).Name, Is.EqualTo("he_uniform"));
    }

    [Test]
    public void Deserialize_VarianceScaling_TakesModeAndDistributionByKerasName()
    {
        Seeding.SetRandomSeed(12);
        var initializer = KerasNet.Initializers.Initializers.Deserialize(
            "VarianceScaling",
            new Dictionary<string, object> { ["scale"] = 1.0, ["mode"] = "fan_in", ["distribution"] = "untruncated_normal" });
        using var drawn = initializer.Generate(new Shape(400, 300));
        var values = drawn.data<float>().ToArray();
        double std = Math.Sqrt(values.Average(v => (double)v * v));

        Assert.That(std, Is.EqualTo(1 / Math.Sqrt(400)).Within(0.001), "N(0, 1/fan_in)");
        Assert.That(values.Max(v => Math.Abs(v)), Is.GreaterThan(2.5 / Math.Sqrt(400)), "untruncated: beyond two standard deviations too");
        Assert.That(
            () => KerasNet.Initializers.Initializers.Deserialize("VarianceScaling", new Dictionary<string, object> { ["distribution"] = "normal" }),
            Throws.ArgumentException.With.Message.EqualTo("VarianceScaling config 'distribution' must be one of truncated_normal, untruncated_normal, uniform; received normal."));
    }

    [Test]
    public void Deserialize_RefusesKeysTheClassDoesNotTake_AndValuesOfTheWrongType()
    {
        Assert.That(() => KerasNet.Initializers.Initializers.Deserialize("RandomNormal", new Dictionary<string, object> { ["sigma"] = 1.0 }), Throws.ArgumentException.With.Message.EqualTo("RandomNormal takes only mean, stddev; received sigma."));
        Assert.That(() => KerasNet.Initializers.Initializers.Deserialize("Ones", new Dictionary<string, object> { ["value"] = 2.0 }), Throws.ArgumentException.With.Message.EqualTo("Ones takes no config keys; received value."));
        Assert.That(() => KerasNet.Initializers.Initializers.Deserialize("Constant", new Dictionary<string, object> { ["value"] = true }), Throws.ArgumentException.With.Message.Contains("'value' must be a finite number"));
        Assert.That(() => KerasNet.Initializers.Initializers.Deserialize("Xavier", null), Throws.ArgumentException.With.Message.Contains("Unknown initializer: 'xavier'"));
    }

    private static float[] Sample(string name)
    {
        Seeding.SetRandomSeed(11);
        using var values = Initializer.FromString(name).Generate(Kernel);
        return values.data<float>().ToArray();
    }
}
