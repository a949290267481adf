using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using KerasNet.Optimizers;
using TorchSharp;

namespace KerasNet.Tests.Golden;

/// <summary>
/// Expected outputs that Keras's own tests publish (keras-team/keras, <c>keras/src/optimizers/*_test.py</c> and
/// <c>keras/src/losses/losses_test.py</c>), ported as facts with Keras's tolerances: our optimizers and losses must give
/// Keras's numbers, not only our reading of its formulas.
/// </summary>
[NonParallelizable]
public sealed class KerasGoldenValueTests
{
    private static readonly float[] StartValues = [1, 2, 3, 4];
    private static readonly float[] SingleStepGradients = [1, 6, 7, 2];

    /// <summary>Each optimizer's <c>test_single_step</c>: learning rate 0.5, variables [1, 2, 3, 4], gradients [1, 6, 7, 2].</summary>
    [TestCase("sgd", new[] { 0.5, -1.0, -0.5, 3.0 })]
    [TestCase("adam", new[] { 0.5, 1.5, 2.5, 3.5 })]
    [TestCase("rmsprop", new[] { -0.5811, 0.4189, 1.4189, 2.4189 })]
    [TestCase("adagrad", new[] { 0.5233, 1.5007, 2.5005, 3.5061 })]
    [TestCase("adadelta", new[] { 0.9993, 1.9993, 2.9993, 3.9993 })]
    public void Optimizer_SingleStep_MatchesKeras(string name, double[] expected)
    {
        Optimizer optimizer = name switch
        {
            "sgd" => new SGD(learningRate: 0.5),
            "adam" => new Adam(learningRate: 0.5),
            "rmsprop" => new RMSprop(learningRate: 0.5),
            "adagrad" => new Adagrad(learningRate: 0.5),
            _ => new Adadelta(learningRate: 0.5),
        };
        var weight = Variable(StartValues);

        optimizer.ApplyGradients([weight], [Gradient(SingleStepGradients)]);

        Assert.That(weight.GetValue().Data, Is.EqualTo(expected).Within(1e-4 + 1e-4 * 4), "Keras: rtol 1e-4, atol 1e-4");
    }

    /// <summary>
    /// Each optimizer's <c>test_correctness_with_golden</c> that our options cover: variables of ones, one step with
    /// gradients 0.01, then four with gradients 0.1, 0.2, …, 1.0; Keras checks the variables before each of those five
    /// steps against a golden row with rtol = atol = 5e-4. (Adam's and RMSprop's golden tests use amsgrad and centered,
    /// which KerasNet does not have.)
    /// </summary>
    [TestCase("sgd")]
    [TestCase("adagrad")]
    [TestCase("adadelta")]
    public void Optimizer_FiveSteps_MatchKerasGolden(string name)
    {
        var (optimizer, golden) = name switch
        {
            "sgd" => ((Optimizer)new SGD(learningRate: 0.01, nesterov: true), new[]
            {
                new[] { 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999, 0.9999 },
                new[] { 0.9989, 0.9979, 0.9969, 0.9959, 0.9949, 0.9939, 0.9929, 0.9919, 0.9909, 0.9899 },
                new[] { 0.9979, 0.9959, 0.9939, 0.9919, 0.9899, 0.9879, 0.9859, 0.9839, 0.9819, 0.9799 },
                new[] { 0.9969, 0.9939, 0.9909, 0.9879, 0.9849, 0.9819, 0.9789, 0.9759, 0.9729, 0.9699 },
                new[] { 0.9959, 0.9919, 0.9879, 0.9839, 0.9799, 0.9759, 0.9719, 0.9679, 0.9639, 0.9599 },
            }),
            "adagrad" => (new Adagrad(learningRate: 0.2, initialAccumulatorValue: 0.3, epsilon: 1e-6), new[]
            {
                new[] { 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963, 0.9963 },
                new[] { 0.9604, 0.9278, 0.9003, 0.8784, 0.8615, 0.8487, 0.8388, 0.8313, 0.8255, 0.8209 },
                new[] { 0.9251, 0.8629, 0.8137, 0.7768, 0.7497, 0.7298, 0.7151, 0.704, 0.6956, 0.6891 },
                new[] { 0.8903, 0.8012, 0.7342, 0.6862, 0.6521, 0.6277, 0.6099, 0.5967, 0.5867, 0.579 },
                new[] { 0.856, 0.7422, 0.6604, 0.6037, 0.5644, 0.5367, 0.5168, 0.5021, 0.491, 0.4825 },
            }),
            _ => (new Adadelta(learningRate: 1.0, rho: 0.8, epsilon: 1e-6), new[] { 0.9978, 0.9947, 0.9915, 0.9882, 0.9849 }.Select(v => Enumerable.Repeat(v, 10).ToArray()).ToArray()),
        };
        var weight = Variable([.. Enumerable.Repeat(1f, 10)]);
        var gradients = Enumerable.Range(1, 10).Select(i => i / 10f).ToArray();

        optimizer.ApplyGradients([weight], [Gradient([.. Enumerable.Repeat(0.01f, 10)])]);
        for (int step = 0; step < 5; step++)
        {
            var actual = weight.GetValue().Data;
            for (int i = 0; i < 10; i++)
            {
                Assert.That(actual[i], Is.EqualTo(golden[step][i]).Within(5e-4 + (5e-4 * Math.Abs(golden[step][i]))), $"row {step}, element {i}");
            }

            optimizer.ApplyGradients([weight], [Gradient(gradients)]);
        }
    }

    /// <summary><c>CategoricalCrossentropyTest.test_unweighted</c> and its sparse twin: probabilities whose second row sums to 1.99 are rescaled first.</summary>
    [Test]
    public void Crossentropy_Unweighted_MatchesKeras()
    {
        float[] probabilities = [0.9f, 0.05f, 0.05f, 0.5f, 0.89f, 0.6f, 0.05f, 0.01f, 0.94f];
        using var prediction = torch.tensor(probabilities, [3, 3]);
        using var oneHot = torch.eye(3);
        using var indices = torch.tensor(new long[] { 0, 1, 2 });

        using var categorical = new CategoricalCrossentropy().Compute(oneHot, prediction);
        using var sparse = new SparseCategoricalCrossentropy().Compute(indices, prediction);

        Assert.That(categorical.item<float>(), Is.EqualTo(0.3239).Within(1e-4));
        Assert.That(sparse.item<float>(), Is.EqualTo(0.3239).Within(1e-3));
    }

    /// <summary><c>CategoricalCrossentropyTest.test_unweighted</c> from logits.</summary>
    [Test]
    public void Crossentropy_FromLogits_MatchesKeras()
    {
        using var logits = torch.tensor(new float[] { 8, 1, 1, 0, 9, 1, 2, 3, 5 }, [3, 3]);
        using var oneHot = torch.eye(3);

        using var loss = new CategoricalCrossentropy(fromLogits: true).Compute(oneHot, logits);

        Assert.That(loss.item<float>(), Is.EqualTo(0.0573).Within(1e-4));
    }

    /// <summary><c>MeanSquaredErrorTest.test_unweighted</c>.</summary>
    [Test]
    public void MeanSquaredError_Unweighted_MatchesKeras()
    {
        using var target = torch.tensor(new float[] { 1, 9, 2, -5, -2, 6 }, [2, 3]);
        using var prediction = torch.tensor(new float[] { 4, 8, 12, 8, 1, 3 }, [2, 3]);

        using var loss = new MeanSquaredError().Compute(target, prediction);

        Assert.That(loss.item<float>(), Is.EqualTo(49.5).Within(1e-5));
    }

    private static Weight Variable(float[] values)
    {
        var layer = new Dense(values.Length, useBias: false);
        _ = new Sequential(new InputLayer(1), layer);
        var weight = layer.Weights[0];
        weight.SetValue(new NDArray<float>(values, 1, values.Length));
        return weight;
    }

    private static torch.Tensor Gradient(float[] values) => torch.tensor(values, [1, values.Length]);
}
