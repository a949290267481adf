using KerasNet.Losses;
using TorchSharp;

namespace KerasNet.Tests.Losses;

public sealed class LossTests
{
    [Test]
    public void CategoricalCrossentropy_FromProbabilities_ClipsAsKeras()
    {
        using var target = torch.tensor(new float[] { 0, 1, 1, 0 }, [2, 2]);
        using var prediction = torch.tensor(new float[] { 0.25f, 0.75f, 0f, 1f }, [2, 2]);

        using var loss = new CategoricalCrossentropy().Compute(target, prediction);

        double expected = (-Math.Log(0.75) - Math.Log(1e-7)) / 2;
        Assert.That(loss.item<float>(), Is.EqualTo(expected).Within(1e-4));
    }

    [Test]
    public void CategoricalCrossentropy_RescalesPredictionsToSumToOne()
    {
        using var target = torch.tensor(new float[] { 1, 0 }, [1, 2]);
        using var prediction = torch.tensor(new float[] { 1, 3 }, [1, 2]);

        using var loss = new CategoricalCrossentropy().Compute(target, prediction);

        Assert.That(loss.item<float>(), Is.EqualTo(-Math.Log(0.25)).Within(1e-6));
    }

    [Test]
    public void Deserialize_BuildsTheCrossentropiesFromTheirKerasConfig()
    {
        var fromLogits = new Dictionary<string, object> { ["from_logits"] = true };

        Assert.That(((CategoricalCrossentropy)KerasNet.Losses.Losses.Deserialize("CategoricalCrossentropy", fromLogits)).FromLogits, Is.True);
        Assert.That(((SparseCategoricalCrossentropy)KerasNet.Losses.Losses.Deserialize("sparse_categorical_crossentropy", fromLogits)).FromLogits, Is.True);
        Assert.That(((CategoricalCrossentropy)KerasNet.Losses.Losses.Deserialize("CategoricalCrossentropy", null)).FromLogits, Is.False);
        Assert.That(() => KerasNet.Losses.Losses.Deserialize("MeanSquaredError", fromLogits), Throws.ArgumentException.With.Message.EqualTo("MeanSquaredError takes no config keys; received from_logits."));
    }

    [Test]
    public void CategoricalCrossentropy_FromLogits_EqualsLogSoftmax()
    {
        using var target = torch.tensor(new float[] { 0, 0, 1 }, [1, 3]);
        using var logits = torch.tensor(new float[] { 1, 2, 3 }, [1, 3]);

        using var loss = new CategoricalCrossentropy(fromLogits: true).Compute(target, logits);

        double expected = -(3 - Math.Log(Math.Exp(1) + Math.Exp(2) + Math.Exp(3)));
        Assert.That(loss.item<float>(), Is.EqualTo(expected).Within(1e-6));
    }

    [Test]
    public void SparseCategoricalCrossentropy_EqualsCategoricalOnOneHot()
    {
        using var prediction = torch.tensor(new float[] { 0.2f, 0.5f, 0.3f, 0.6f, 0.1f, 0.3f }, [2, 3]);
        using var indices = torch.tensor(new float[] { 2, 0 });
        using var oneHot = torch.tensor(new float[] { 0, 0, 1, 1, 0, 0 }, [2, 3]);

        using var sparse = new SparseCategoricalCrossentropy().Compute(indices, prediction);
        using var dense = new CategoricalCrossentropy().Compute(oneHot, prediction);

        Assert.That(sparse.item<float>(), Is.EqualTo(dense.item<float>()).Within(1e-7));
    }

    [Test]
    public void MeanSquaredError_AndSquaredError()
    {
        using var target = torch.tensor(new float[] { 0, 1, 1, 1 }, [2, 2]);
        using var prediction = torch.tensor(new float[] { 1, 1, 3, 0 }, [2, 2]);

        using var mse = new MeanSquaredError().Compute(target, prediction);
        using var half = new SquaredError().Compute(target, prediction);

        Assert.That(mse.item<float>(), Is.EqualTo(((1 + 0) / 2.0 + (4 + 1) / 2.0) / 2).Within(1e-6));
        Assert.That(half.item<float>(), Is.EqualTo((0.5 * 1 + 0.5 * 5) / 2).Within(1e-6));
    }

    [Test]
    public void UnknownName_Throws()
    {
        Assert.That(() => Loss.FromString("hinge_loss"), Throws.ArgumentException.With.Message.Contain("'hinge_loss'"));
    }
}
