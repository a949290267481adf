using KerasNet.Interpret;

namespace KerasNet.Tests.Interpret;

[NonParallelizable]
public sealed class AdversarialTests
{
    private PlantedPatchTask task = null!;

    [OneTimeSetUp]
    public void TrainThePlantedPatchNet() => task = PlantedPatchTask.Train();

    [Test]
    public void Fgsm_WithZeroBudget_ChangesNothing_AndWithABudgetLowersAccuracy()
    {
        double clean = Adversarial.Accuracy(task.Model, task.TestX, task.TestY);

        var unchanged = Adversarial.Fgsm(task.Model, task.TestX, task.TestY, epsilon: 0);
        var attacked = Adversarial.Fgsm(task.Model, task.TestX, task.TestY, epsilon: 0.3);

        Assert.That(clean, Is.GreaterThan(0.9), "the planted-patch net must first be accurate");
        Assert.That(unchanged.Data, Is.EqualTo(task.TestX.Data));
        Assert.That(Adversarial.Accuracy(task.Model, attacked, task.TestY), Is.LessThan(clean - 0.2));
        Assert.That(attacked.Data.Zip(task.TestX.Data, (a, b) => Math.Abs(a - b)), Is.All.LessThanOrEqualTo(0.3f + 1e-6f));
        Assert.That(attacked.Data, Is.All.InRange(0f, 1f));
    }

    [Test]
    public void Pgd_IsAtLeastAsStrongAsFgsm_AndStaysInTheBudget()
    {
        var fgsm = Adversarial.Fgsm(task.Model, task.TestX, task.TestY, epsilon: 0.1);
        var pgd = Adversarial.Pgd(task.Model, task.TestX, task.TestY, epsilon: 0.1, stepSize: 0.025, steps: 10);

        Assert.That(Adversarial.Accuracy(task.Model, pgd, task.TestY), Is.LessThanOrEqualTo(Adversarial.Accuracy(task.Model, fgsm, task.TestY)));
        Assert.That(pgd.Data.Zip(task.TestX.Data, (a, b) => Math.Abs(a - b)), Is.All.LessThanOrEqualTo(0.1f + 1e-6f));
    }

    [Test]
    public void AdamPerturbation_RaisesTheLossWithinTheBudget()
    {
        var attacked = Adversarial.AdamPerturbation(task.Model, task.TestX, task.TestY, epsilon: 0.2, steps: 50, learningRate: 0.01);

        Assert.That(Adversarial.Accuracy(task.Model, attacked, task.TestY), Is.LessThan(Adversarial.Accuracy(task.Model, task.TestX, task.TestY)));
        Assert.That(attacked.Data.Zip(task.TestX.Data, (a, b) => Math.Abs(a - b)), Is.All.LessThanOrEqualTo(0.2f + 1e-6f));
    }

    [Test]
    public void Attacks_InSmallBatches_GiveWhatOneBatchGives()
    {
        int all = task.TestX.Count;

        var pgdWhole = Adversarial.Pgd(task.Model, task.TestX, task.TestY, epsilon: 0.1, stepSize: 0.025, steps: 5, batchSize: all);
        var pgdBatched = Adversarial.Pgd(task.Model, task.TestX, task.TestY, epsilon: 0.1, stepSize: 0.025, steps: 5, batchSize: 7);
        var adamWhole = Adversarial.AdamPerturbation(task.Model, task.TestX, task.TestY, epsilon: 0.2, steps: 20, learningRate: 0.01, batchSize: all);
        var adamBatched = Adversarial.AdamPerturbation(task.Model, task.TestX, task.TestY, epsilon: 0.2, steps: 20, learningRate: 0.01, batchSize: 7);

        Assert.That(all % 7, Is.Not.Zero, "the last batch should be a short one");
        Assert.That(pgdBatched.Data, Is.EqualTo(pgdWhole.Data).Within(1e-6f));
        Assert.That(adamBatched.Data, Is.EqualTo(adamWhole.Data).Within(1e-5f));
        Assert.That(adamBatched.Data, Is.Not.EqualTo(task.TestX.Data), "the attack must have moved the images");
    }

    [Test]
    public void AdamPerturbation_AttacksEachImageAsIfItWereAlone()
    {
        int[] alone = [0, 1, 2];

        var together = Adversarial.AdamPerturbation(task.Model, task.TestX, task.TestY, epsilon: 0.2, steps: 20, learningRate: 0.01, batchSize: task.TestX.Count);

        foreach (int i in alone)
        {
            var single = Adversarial.AdamPerturbation(task.Model, task.TestX.Take([i]), task.TestY.Take([i]), epsilon: 0.2, steps: 20, learningRate: 0.01);
            Assert.That(together.Take([i]).Data, Is.EqualTo(single.Data).Within(1e-6f), $"image {i}");
        }
    }

    [Test]
    public void AdamPerturbation_FirstStep_IsKerasAdamsStep_WhereEpsilonIsNotNegligible()
    {
        // Logits ≈ (1, −1) whatever the input, and input weights of 1e-5: the loss gradient is a few 1e-6 per pixel, where
        // Keras's ε (1e-7, added to √v before bias correction) shrinks the first step to about 43% of the learning rate.
        const double a = 1e-5;
        var model = new KerasNet.Models.Sequential(new KerasNet.Layers.InputLayer(2), new KerasNet.Layers.Dense(2, activation: "softmax"));
        model.Compile(new KerasNet.Optimizers.Adam(), "categorical_crossentropy");
        model.SetWeights([new NDArray<float>([(float)a, (float)-a, (float)-a, (float)a], 2, 2), new NDArray<float>([1f, -1f], 2)]);
        var x = new NDArray<float>([0.5f, 0.5f], 1, 2);
        var y = new NDArray<float>([1f, 0f], 1, 2);

        var attacked = Adversarial.AdamPerturbation(model, x, y, epsilon: 1, steps: 1, learningRate: 0.001, pixelMin: -10, pixelMax: 10);

        double wrong = 1 / (1 + Math.Exp(2));
        double[] gradient = [-2 * a * wrong, 2 * a * wrong];
        double root = Math.Sqrt(1 - 0.999);
        double[] expected = [.. gradient.Select((g, p) => x.Data[p] + (0.001 * root * g / ((root * Math.Abs(g)) + 1e-7)))];
        Assert.That(attacked.Data.Select(v => (double)v), Is.EqualTo(expected).Within(1e-7), "float32 holds 0.5 − 0.00043 to 3e-8");
        Assert.That(Math.Abs(attacked.Data[0] - x.Data[0]), Is.LessThan(0.0006), "PyTorch's Adam, whose ε is added after bias correction, would step about 0.00096");
    }

    [Test]
    public void Attack_WithANonPositiveBatchSize_NamesIt()
    {
        Assert.That(() => Adversarial.Pgd(task.Model, task.TestX, task.TestY, 0.1, 0.025, 1, batchSize: 0), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contains("batchSize"));
    }

    [Test]
    public void AccuracyCurve_FallsWithEpsilon_FromTheCleanAccuracy()
    {
        var curve = Adversarial.AccuracyCurve(task.Model, task.TestX, task.TestY, [0, 0.05, 0.3], (m, x, y, e) => Adversarial.Fgsm(m, x, y, e));

        Assert.That(curve[0].Accuracy, Is.EqualTo(Adversarial.Accuracy(task.Model, task.TestX, task.TestY)));
        Assert.That(curve[2].Accuracy, Is.LessThan(curve[0].Accuracy));
    }

    [Test]
    public void Attack_OnAnUncompiledModel_SaysToCompile()
    {
        var model = new KerasNet.Models.Sequential(new KerasNet.Layers.InputLayer(2), new KerasNet.Layers.Dense(2, activation: "softmax"));

        Assert.That(() => Adversarial.Fgsm(model, new NDArray<float>(new float[2], 1, 2), new NDArray<float>([1f, 0f], 1, 2), 0.1), Throws.InvalidOperationException.With.Message.Contains("must be compiled"));
    }

    [Test]
    public void OutputScore_OnASaturatedSoftmax_HasNoGradient_WhileTheLogitScoreStillAttacks()
    {
        var model = SaturatedClassifier("categorical_crossentropy");
        var x = new NDArray<float>([1f, 0f, 0f, 1f], 2, 2);
        var y = new NDArray<float>([1f, 0f, 0f, 1f], 2, 2);

        var maskedAttack = Adversarial.Fgsm(model, x, y, epsilon: 0.5, pixelMin: -1, pixelMax: 2, score: ClassScore.Output);
        var logitAttack = Adversarial.Fgsm(model, x, y, epsilon: 0.5, pixelMin: -1, pixelMax: 2, score: ClassScore.Logit);

        var probabilities = model.Predict(x).Data;
        Assert.That(new[] { probabilities[0], probabilities[3] }, Is.All.EqualTo(1f), "the true class's probability must round to exactly 1 for the clipping to mask the gradient");
        Assert.That(Adversarial.ZeroGradientShare(model, x, y, ClassScore.Output), Is.EqualTo(1.0));
        Assert.That(Adversarial.ZeroGradientShare(model, x, y, ClassScore.Logit), Is.EqualTo(0.0));
        Assert.That(maskedAttack.Data, Is.EqualTo(x.Data));
        Assert.That(logitAttack.Data, Is.EqualTo(new[] { 0.5f, 0.5f, 0.5f, 0.5f }), "each step moves every pixel by ε toward the other class");
    }

    [Test]
    public void LogitScore_OfAModelWithoutSoftmaxProbabilities_SaysWhy()
    {
        var fromLogits = SaturatedClassifier(new KerasNet.Losses.CategoricalCrossentropy(fromLogits: true));
        var squaredError = SaturatedClassifier("mean_squared_error");
        var x = new NDArray<float>([1f, 0f], 1, 2);
        var y = new NDArray<float>([1f, 0f], 1, 2);

        Assert.That(() => Adversarial.Fgsm(fromLogits, x, y, 0.1), Throws.ArgumentException.With.Message.Contains("use ClassScore.Output"));
        Assert.That(() => Adversarial.Fgsm(squaredError, x, y, 0.1), Throws.ArgumentException.With.Message.Contains("mean_squared_error"));
        Assert.That(Adversarial.Fgsm(squaredError, x, y, 0.1, score: ClassScore.Output).Count, Is.EqualTo(1));
    }

    /// <summary>Two inputs, two classes: logits ±20 (probabilities 1 and 0 in float32) for one-hot inputs.</summary>
    private static KerasNet.Models.Sequential SaturatedClassifier(KerasNet.Losses.Loss loss)
    {
        var model = new KerasNet.Models.Sequential(new KerasNet.Layers.InputLayer(2), new KerasNet.Layers.Dense(2, activation: "softmax"));
        model.Compile(new KerasNet.Optimizers.Adam(), loss);
        model.SetWeights([new NDArray<float>([20f, -20f, -20f, 20f], 2, 2), new NDArray<float>([0f, 0f], 2)]);
        return model;
    }
}
