using KerasNet.Layers;
using KerasNet.Models;
using KerasNet.Optimizers;
using KerasNet.Optimizers.Schedules;
using TorchSharp;

namespace KerasNet.Tests.Optimizers;

/// <summary>Each optimizer against its Keras update written out in plain double arithmetic.</summary>
[NonParallelizable]
public sealed class OptimizerTests
{
    private static readonly double[] Gradients = [0.5, -0.25, 2.0, 0.1];

    [Test]
    public void SGD_Plain() => AssertUpdates(new SGD(learningRate: 0.1), (w, g, s, t) => w - (0.1 * g));

    [Test]
    public void SGD_MomentumKeepsLearningRateInsideTheVelocity()
    {
        AssertUpdates(new SGD(learningRate: 0.1, momentum: 0.9), (w, g, s, t) =>
        {
            s[0] = (0.9 * s[0]) - (0.1 * g);
            return w + s[0];
        });
    }

    [Test]
    public void SGD_Nesterov()
    {
        AssertUpdates(new SGD(learningRate: 0.1, momentum: 0.9, nesterov: true), (w, g, s, t) =>
        {
            s[0] = (0.9 * s[0]) - (0.1 * g);
            return w + (0.9 * s[0]) - (0.1 * g);
        });
    }

    [TestCase(1e-7)]
    [TestCase(1e-8)]
    public void Adam_BiasCorrectionForm(double epsilon)
    {
        AssertUpdates(new Adam(learningRate: 0.01, epsilon: epsilon), (w, g, s, t) =>
        {
            double alpha = 0.01 * Math.Sqrt(1 - Math.Pow(0.999, t)) / (1 - Math.Pow(0.9, t));
            s[0] += (g - s[0]) * 0.1;
            s[1] += ((g * g) - s[1]) * 0.001;
            return w - (alpha * s[0] / (Math.Sqrt(s[1]) + epsilon));
        });
    }

    [TestCase(1.0)]
    [TestCase(-0.1)]
    public void Adam_Beta1OutsideZeroToOne_IsRejectedNamingIt(double beta1)
    {
        Assert.That(() => new Adam(beta1: beta1), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contain($"beta1={beta1}"));
    }

    [Test]
    public void Adam_DefaultsAreKeras()
    {
        var adam = new Adam();

        Assert.That((adam.LearningRate.At(0), adam.Beta1, adam.Beta2, adam.Epsilon), Is.EqualTo((0.001, 0.9, 0.999, 1e-7)));
    }

    [Test]
    public void RMSprop_EpsilonInsideTheRoot()
    {
        AssertUpdates(new RMSprop(learningRate: 0.01), (w, g, s, t) =>
        {
            s[0] = (0.9 * s[0]) + (0.1 * g * g);
            return w - (0.01 * g / Math.Sqrt(s[0] + 1e-7));
        });
    }

    [Test]
    public void Adagrad_AccumulatorStartsAt0Point1()
    {
        AssertUpdates(new Adagrad(learningRate: 0.1), (w, g, s, t) =>
        {
            s[0] = (t == 1 ? 0.1 : s[0]) + (g * g);
            return w - (0.1 * g / Math.Sqrt(s[0] + 1e-7));
        });
    }

    [Test]
    public void Adadelta()
    {
        AssertUpdates(new Adadelta(learningRate: 1.0), (w, g, s, t) =>
        {
            s[0] = (0.95 * s[0]) + (0.05 * g * g);
            double delta = -Math.Sqrt(s[1] + 1e-7) / Math.Sqrt(s[0] + 1e-7) * g;
            s[1] = (0.95 * s[1]) + (0.05 * delta * delta);
            return w + delta;
        });
    }

    [Test]
    public void LearningRateMultiplierZero_FreezesTheLayersUpdates()
    {
        var (model, weight) = OneWeight();
        weight.Layer.LearningRateMultiplier = 0;
        var optimizer = new SGD(learningRate: 1.0);

        optimizer.ApplyGradients([weight], [torch.tensor(new float[] { 3 }, [1, 1])]);

        Assert.That(weight.GetValue().Data, Is.EqualTo(new[] { 1f }));
        Assert.That(model.Layers, Has.Count.EqualTo(1));
    }

    [Test]
    public void Schedules_ExponentialAndStepDecay()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ExponentialDecay(1.0, decaySteps: 10, decayRate: 0.5).At(5), Is.EqualTo(Math.Pow(0.5, 0.5)).Within(1e-12));
            Assert.That(new ExponentialDecay(1.0, decaySteps: 10, decayRate: 0.5, staircase: true).At(15), Is.EqualTo(0.5));
            Assert.That(new StepDecay(0.4, stepsPerDrop: 100, factor: 0.5).At(250), Is.EqualTo(0.1));
            Assert.That(((LearningRateSchedule)0.3).At(1_000), Is.EqualTo(0.3));
        });
    }

    [Test]
    public void Schedules_DeserializeKerasExponentialDecay_StartingFromTheGivenRate()
    {
        var schedule = LearningRateSchedules.Deserialize("ExponentialDecay", new Dictionary<string, object> { ["decay_steps"] = 100.0, ["decay_rate"] = 0.5, ["staircase"] = true }, initialLearningRate: 0.2);
        var own = LearningRateSchedules.Deserialize("ExponentialDecay", new Dictionary<string, object> { ["initial_learning_rate"] = 1.0, ["decay_steps"] = 100.0, ["decay_rate"] = 0.5 }, initialLearningRate: 0.2);

        Assert.That(schedule.At(99), Is.EqualTo(0.2));
        Assert.That(schedule.At(250), Is.EqualTo(0.05));
        Assert.That(own.At(50), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-12));
        Assert.That(() => LearningRateSchedules.Deserialize("PolynomialDecay", null, 0.1), Throws.ArgumentException.With.Message.Contains("Unknown learning-rate schedule: 'PolynomialDecay'"));
        Assert.That(() => LearningRateSchedules.Deserialize("ExponentialDecay", new Dictionary<string, object> { ["decay_rate"] = 0.5 }, 0.1), Throws.ArgumentException.With.Message.Contains("positive integer decay_steps"));
        Assert.That(() => LearningRateSchedules.Deserialize("ExponentialDecay", new Dictionary<string, object> { ["decay_steps"] = 10.0, ["decay_rate"] = 0.5, ["rate"] = 1.0 }, 0.1), Throws.ArgumentException.With.Message.Contains("received rate"));
    }

    [Test]
    public void UnknownNameAndBadArguments_Throw()
    {
        Assert.That(() => Optimizer.FromString("adamw"), Throws.ArgumentException.With.Message.Contain("'adamw'"));
        Assert.That(() => new SGD(momentum: 1.5), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contain("momentum=1.5"));
        Assert.That(() => new SGD(learningRate: -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static void AssertUpdates(Optimizer optimizer, Func<double, double, double[], long, double> reference)
    {
        var (_, weight) = OneWeight();
        double expected = 1.0;
        var state = new double[2];
        for (int t = 1; t <= Gradients.Length; t++)
        {
            using var gradient = torch.tensor(new float[] { (float)Gradients[t - 1] }, [1, 1]);
            optimizer.ApplyGradients([weight], [gradient]);
            expected = reference(expected, Gradients[t - 1], state, t);
            Assert.That(weight.GetValue().Data[0], Is.EqualTo(expected).Within(2e-6 * Math.Max(1, Math.Abs(expected))), $"after step {t}");
        }

        Assert.That(optimizer.Iterations, Is.EqualTo(Gradients.Length));
    }

    private static (Sequential Model, Weight Weight) OneWeight()
    {
        var layer = new Dense(1, useBias: false, kernelInitializer: "ones");
        var model = new Sequential(new InputLayer(1), layer);
        return (model, layer.Weights[0]);
    }
}
