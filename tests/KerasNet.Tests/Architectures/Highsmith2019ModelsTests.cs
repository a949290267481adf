using KerasNet.Architectures;
using KerasNet.Optimizers;
using KerasNet.Tests.Layers;

namespace KerasNet.Tests.Architectures;

/// <summary>
/// highsmith2019's net: two 28×28 filters, a 2×2 perceptron, tanh, no biases. One SGD step at learning rate 1 on one
/// sample moves every weight by minus its gradient, checked against the author's formulas written out by hand
/// (<c>Final/Network.py</c>): the perceptron's true gradient, and for the filters x·φ(X₁)·∂E/∂V (his rule) or
/// x·φ′(z)·∂E/∂V (the chain rule).
/// </summary>
public sealed class Highsmith2019ModelsTests
{
    private const int Pixels = 28 * 28;

    [Test]
    public void ParameterCount_IsTwoFiltersAndThePerceptron_WithoutBiases()
    {
        var model = ModelCatalog.Get(Highsmith2019Net.Name).Create();

        Assert.That(model.ParameterCount, Is.EqualTo((2 * Pixels) + (2 * 2)));
        Assert.That(model.Weights.Any(w => w.Name == "bias"), Is.False);
    }

    [TestCase(Highsmith2019Net.Name, false)]
    [TestCase(Highsmith2019Net.AuthorsRuleName, true)]
    public void OneStep_MovesEachWeightByItsRulesGradient(string name, bool authorsRule)
    {
        var x = LayerTestHelper.RandomArray(1, new Shape(28, 28, 1), seed: 5);
        var pixels = x.Data.Select(v => (double)Math.Abs(v)).ToArray();
        var input = new NDArray<float>([.. pixels.Select(v => (float)v)], 1, 28, 28, 1);
        Seeding.SetRandomSeed(11);
        var model = ModelCatalog.Get(name).Create();
        var before = model.GetWeights();
        model.Compile(new SGD(learningRate: 1.0), "squared_error");

        model.Fit(input, new NDArray<float>([1f, 0f], 1, 2), batchSize: 1, shuffle: false);

        var (filters, perceptron) = ExpectedSteps(before[0].Data, before[1].Data, pixels, [1, 0], authorsRule);
        var after = model.GetWeights();
        Assert.That(after[0].Data.Select((v, i) => v - before[0].Data[i]), Is.EqualTo(filters).Within(1e-6), "filters");
        Assert.That(after[1].Data.Select((v, i) => v - before[1].Data[i]), Is.EqualTo(perceptron).Within(1e-6), "perceptron");
        Assert.That(filters.Max(Math.Abs), Is.GreaterThan(1e-5), "the filters move");
    }

    [Test]
    public void Outputs_AreTheSameInABatchAsOneByOne()
    {
        Seeding.SetRandomSeed(11);
        var model = ModelCatalog.Get(Highsmith2019Net.Name).Create();
        model.Compile(new SGD(learningRate: 1.0), "squared_error");
        var x = LayerTestHelper.RandomArray(5, new Shape(28, 28, 1), seed: 5);

        var batch = model.Predict(x, batchSize: 5).Data;
        var single = Enumerable.Range(0, 5).SelectMany(i => model.Predict(x.Slice(i, 1), batchSize: 1).Data).ToArray();

        Assert.That(batch, Is.EqualTo(single).Within(1e-6));
    }

    [Test]
    public void Rules_DifferOnlyInTheFilterStep()
    {
        var steps = new[] { Highsmith2019Net.Name, Highsmith2019Net.AuthorsRuleName }.Select(name =>
        {
            Seeding.SetRandomSeed(11);
            var model = ModelCatalog.Get(name).Create();
            var before = model.GetWeights();
            model.Compile(new SGD(learningRate: 1.0), "squared_error");
            var x = LayerTestHelper.RandomArray(1, new Shape(28, 28, 1), seed: 5);
            model.Fit(new NDArray<float>([.. x.Data.Select(Math.Abs)], 1, 28, 28, 1), new NDArray<float>([0f, 1f], 1, 2), batchSize: 1, shuffle: false);
            return model.GetWeights().Select((w, k) => w.Data.Select((v, i) => v - before[k].Data[i]).ToArray()).ToList();
        }).ToList();

        Assert.That(steps[1][1], Is.EqualTo(steps[0][1]).Within(1e-7), "the perceptron's step is the same");
        Assert.That(steps[1][0], Is.Not.EqualTo(steps[0][0]).Within(1e-4), "the filters' step is not");
    }

    /// <summary>
    /// −gradient of ½Σ(X₂ − P)² for one sample, in the Keras layouts: filters (28, 28, 1, L) and perceptron (L, R).
    /// His loops: Z₀ₗ = Σ Aₗ·x, X₁ = tanh Z₀, Z₁ᵣ = Σₗ Wᵣₗ X₁ₗ, X₂ = tanh Z₁; δᵣ = (X₂ᵣ − Pᵣ)(1 − X₂ᵣ²);
    /// ∂E/∂Wᵣₗ = δᵣ X₁ₗ; ∂E/∂Vₗ = Σᵣ δᵣ Wᵣₗ; ∂E/∂Aₗ = x · tanh(X₁ₗ) · ∂E/∂Vₗ (his rule) or x · (1 − X₁ₗ²) · ∂E/∂Vₗ.
    /// </summary>
    private static (double[] Filters, double[] Perceptron) ExpectedSteps(float[] kernel, float[] dense, double[] x, double[] target, bool authorsRule)
    {
        const int filters = 2;
        const int outputs = 2;
        var x1 = new double[filters];
        for (int l = 0; l < filters; l++)
        {
            double z = 0;
            for (int p = 0; p < Pixels; p++)
            {
                z += kernel[(p * filters) + l] * x[p];
            }

            x1[l] = Math.Tanh(z);
        }

        var delta = new double[outputs];
        for (int r = 0; r < outputs; r++)
        {
            double z = 0;
            for (int l = 0; l < filters; l++)
            {
                z += dense[(l * outputs) + r] * x1[l];
            }

            double x2 = Math.Tanh(z);
            delta[r] = (x2 - target[r]) * (1 - (x2 * x2));
        }

        var perceptron = new double[filters * outputs];
        var filterSteps = new double[Pixels * filters];
        for (int l = 0; l < filters; l++)
        {
            double dv = 0;
            for (int r = 0; r < outputs; r++)
            {
                perceptron[(l * outputs) + r] = -delta[r] * x1[l];
                dv += delta[r] * dense[(l * outputs) + r];
            }

            double factor = authorsRule ? Math.Tanh(x1[l]) : 1 - (x1[l] * x1[l]);
            for (int p = 0; p < Pixels; p++)
            {
                filterSteps[(p * filters) + l] = -x[p] * factor * dv;
            }
        }

        return (filterSteps, perceptron);
    }
}
