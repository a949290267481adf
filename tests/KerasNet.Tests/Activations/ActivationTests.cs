using KerasNet.Activations;
using KnActivations = KerasNet.Activations.Activations;
using TorchSharp;

namespace KerasNet.Tests.Activations;

public sealed class ActivationTests
{
    private static readonly float[] Inputs = [-2f, -0.5f, 0f, 0.5f, 3f];

    [TestCase("linear")]
    [TestCase("relu")]
    [TestCase("sigmoid")]
    [TestCase("tanh")]
    [TestCase("elu")]
    [TestCase("softsign")]
    [TestCase("leaky_relu")]
    [TestCase("lecun_tanh")]
    [TestCase("improved_sigmoid")]
    public void Activation_MatchesItsFormula(string name)
    {
        Func<double, double> formula = name switch
        {
            "linear" => x => x,
            "relu" => x => Math.Max(x, 0),
            "sigmoid" => x => 1 / (1 + Math.Exp(-x)),
            "tanh" => Math.Tanh,
            "elu" => x => x > 0 ? x : Math.Exp(x) - 1,
            "softsign" => x => x / (1 + Math.Abs(x)),
            "leaky_relu" => x => x > 0 ? x : 0.2 * x,
            _ => x => 1.7159 * Math.Tanh(2 * x / 3),
        };
        using var input = torch.tensor(Inputs);

        using var output = ActivationFunction.FromString(name).Apply(input);

        Assert.That(output.data<float>().ToArray(), Is.EqualTo(Inputs.Select(x => (float)formula(x)).ToArray()).Within(1e-6));
    }

    [Test]
    public void Softmax_NormalizesOverTheFeatureAxis()
    {
        using var input = torch.tensor(new float[] { 1, 2, 3, 1, 1, 1 }, [2, 3]);

        using var output = KnActivations.Softmax.Apply(input);
        var values = output.data<float>().ToArray();

        Assert.That(values[0..3].Sum(), Is.EqualTo(1f).Within(1e-6));
        Assert.That(values[3..6], Is.All.EqualTo(1f / 3).Within(1e-6));
        Assert.That(values[2] / values[1], Is.EqualTo(Math.E).Within(1e-4));
    }

    [Test]
    public void UnknownName_ThrowsListingTheKnownNames()
    {
        Assert.That(() => ActivationFunction.FromString("rellu"), Throws.ArgumentException.With.Message.Contain("'rellu'").And.Message.Contain("relu, sigmoid"));
    }

    [Test]
    public void NullOrEmptyName_IsLinear()
    {
        Assert.That(KnActivations.Get(null).IsLinear, Is.True);
    }
}
