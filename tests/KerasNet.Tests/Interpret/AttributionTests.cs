using KerasNet.Interpret;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Tests.Interpret;

[NonParallelizable]
public sealed class AttributionTests
{
    private PlantedPatchTask task = null!;

    [OneTimeSetUp]
    public void TrainThePlantedPatchNet() => task = PlantedPatchTask.Train();

    [Test]
    public void InputGradient_EqualsFiniteDifferencesOfTheClassScore_AndSaliencyIsItsNormalizedMagnitude()
    {
        Seeding.SetRandomSeed(3);
        var model = new Sequential(
            new InputLayer(3, 3, 1),
            new Conv2D(2, kernelSize: 2, activation: "tanh"),
            new Flatten(),
            new Dense(3, activation: "softmax"));
        var x = new NDArray<float>([.. Enumerable.Range(0, 18).Select(i => (float)Math.Sin(i))], 2, 3, 3, 1);
        int[] classes = [1, 2];

        var gradient = Attribution.InputGradient(model, x, classes);
        var saliency = Attribution.Saliency(model, x, classes);

        const float step = 1e-2f;
        for (int i = 0; i < x.Data.Length; i++)
        {
            int sample = i / 9;
            double Score(float delta)
            {
                var shifted = new NDArray<float>([.. x.Data], 2, 3, 3, 1);
                shifted.Data[i] += delta;
                return model.Predict(shifted).Data[(sample * 3) + classes[sample]];
            }

            double difference = (Score(step) - Score(-step)) / (2 * step);
            Assert.That(gradient.Data[i], Is.EqualTo(difference).Within(2e-4), $"pixel {i}");
        }

        for (int sample = 0; sample < 2; sample++)
        {
            var magnitudes = gradient.Data.Skip(sample * 9).Take(9).Select(Math.Abs).ToList();
            float min = magnitudes.Min();
            float max = magnitudes.Max();
            Assert.That(saliency.Data.Skip(sample * 9).Take(9), Is.EqualTo(magnitudes.Select(m => (m - min) / (max - min))).Within(1e-5));
        }
    }

    [Test]
    public void GuidedBackpropagation_PassesOnlyPositiveGradientsThroughTheRelu()
    {
        Seeding.SetRandomSeed(5);
        var model = new Sequential(new InputLayer(4), new Dense(6, activation: "relu"), new Dense(3));
        var x = new NDArray<float>([0.5f, -1f, 2f, 0.25f], 1, 4);
        var weights = model.GetWeights();
        var (w1, b1, w2) = (weights[0].Data, weights[1].Data, weights[2].Data);

        var guided = Attribution.GuidedBackpropagation(model, x, [0]);
        var plain = Attribution.InputGradient(model, x, [0]);

        var hiddenPositive = Enumerable.Range(0, 6).Select(j => Enumerable.Range(0, 4).Sum(i => x.Data[i] * w1[(i * 6) + j]) + b1[j] > 0).ToArray();
        var expected = Enumerable.Range(0, 4)
            .Select(i => Enumerable.Range(0, 6).Sum(j => hiddenPositive[j] ? w1[(i * 6) + j] * Math.Max(0, w2[(j * 3) + 0]) : 0))
            .ToArray();
        Assert.That(guided.Data, Is.EqualTo(expected).Within(1e-5));
        Assert.That(guided.Data, Is.Not.EqualTo(plain.Data).Within(1e-5), "with a negative output weight on an active unit, guided and plain gradients differ");
    }

    [Test]
    public void GradCam_HasTheLayersShape_IsNonNegative_AndFindsThePlantedPatch()
    {
        var (x, patches) = task.ClassOne();

        var maps = Attribution.GradCam(task.Model, x, "conv2d_1", [.. Enumerable.Repeat(1, x.Count)]);

        Assert.That(maps.Shape, Is.EqualTo(new[] { x.Count, PlantedPatchTask.Size, PlantedPatchTask.Size }));
        Assert.That(maps.Data, Is.All.GreaterThanOrEqualTo(0f));
        Assert.That(HitRate(maps, patches), Is.GreaterThanOrEqualTo(0.8));
    }

    [Test]
    public void ClassActivationMap_FindsThePlantedPatch()
    {
        var (x, patches) = task.ClassOne();

        var maps = Attribution.ClassActivationMap(task.Model, x, [.. Enumerable.Repeat(1, x.Count)]);

        Assert.That(HitRate(maps, patches), Is.GreaterThanOrEqualTo(0.8));
    }

    [Test]
    public void ClassActivationMap_WithoutGlobalAveragePooling_SaysWhatItNeeds()
    {
        var model = new Sequential(new InputLayer(4), new Dense(2));

        Assert.That(() => Attribution.ClassActivationMap(model, new NDArray<float>(new float[4], 1, 4)), Throws.ArgumentException.With.Message.Contains("GlobalAveragePooling2D and Dense"));
    }

    [Test]
    public void GradCam_OnAnUnknownLayer_ListsTheLayers()
    {
        Assert.That(() => Attribution.GradCam(task.Model, task.TestX, "conv9"), Throws.ArgumentException.With.Message.Contains("Layers: conv2d, conv2d_1"));
    }

    [Test]
    public void LogitScores_AreTheOutputScoresOfTheSameNetWithALinearHead()
    {
        Seeding.SetRandomSeed(11);
        Sequential Net(string head) => new(
            new InputLayer(5, 5, 1),
            new Conv2D(3, kernelSize: 2, activation: "relu"),
            new Flatten(),
            new Dense(4, activation: head));
        var softmax = Net("softmax");
        var linear = Net("linear");
        linear.SetWeights(softmax.GetWeights());
        var x = new NDArray<float>([.. Enumerable.Range(0, 50).Select(i => (float)Math.Cos(i * 0.7))], 2, 5, 5, 1);
        int[] classes = [3, 1];

        var logitGradient = Attribution.InputGradient(softmax, x, classes, ClassScore.Logit);
        var logitGradCam = Attribution.GradCam(softmax, x, "conv2d", classes, ClassScore.Logit);

        Assert.Multiple(() =>
        {
            Assert.That(logitGradient.Data, Is.EqualTo(Attribution.InputGradient(linear, x, classes).Data).Within(1e-6));
            Assert.That(logitGradCam.Data, Is.EqualTo(Attribution.GradCam(linear, x, "conv2d", classes).Data).Within(1e-6));
            Assert.That(logitGradient.Data, Is.Not.EqualTo(Attribution.InputGradient(softmax, x, classes).Data).Within(1e-6), "the softmax probability's gradient is another one");
        });
    }

    [Test]
    public void GradCam_Unrectified_KeepsTheNegativeValues_ThatTheRectifiedMapClipsToZero()
    {
        Seeding.SetRandomSeed(11);
        var model = new Sequential(new InputLayer(5, 5, 1), new Conv2D(3, kernelSize: 2, activation: "relu"), new Flatten(), new Dense(4, activation: "softmax"));
        var x = new NDArray<float>([.. Enumerable.Range(0, 50).Select(i => (float)Math.Cos(i * 0.7))], 2, 5, 5, 1);

        var rectified = Attribution.GradCam(model, x, "conv2d", [3, 1]);
        var unrectified = Attribution.GradCam(model, x, "conv2d", [3, 1], rectify: false);

        Assert.That(unrectified.Data, Has.Some.LessThan(0f));
        Assert.That(rectified.Data, Is.EqualTo(unrectified.Data.Select(v => Math.Max(v, 0f))).Within(1e-7));
    }

    [Test]
    public void LogitScores_OfAModelNotEndingInDense_SayWhatTheyNeed()
    {
        var model = new Sequential(new InputLayer(4), new Dense(2), new Activation("softmax"));

        Assert.That(
            () => Attribution.InputGradient(model, new NDArray<float>(new float[4], 1, 4), score: ClassScore.Logit),
            Throws.ArgumentException.With.Message.Contains("Logit scores need a model ending in Dense").And.Message.Contains("ends in Activation"));
    }

    /// <summary>The fraction of maps whose maximum lies on the patch or one pixel around it.</summary>
    private static double HitRate(NDArray<float> maps, IReadOnlyList<(int Row, int Column)> patches)
    {
        int size = maps.Shape[1];
        int hits = 0;
        for (int n = 0; n < maps.Count; n++)
        {
            var map = maps.Data.AsSpan(n * size * size, size * size);
            int best = 0;
            for (int i = 1; i < map.Length; i++)
            {
                best = map[i] > map[best] ? i : best;
            }

            var (row, column) = patches[n];
            bool hit = best / size >= row - 1 && best / size <= row + 3 && best % size >= column - 1 && best % size <= column + 3;
            hits += hit ? 1 : 0;
        }

        return (double)hits / maps.Count;
    }
}
