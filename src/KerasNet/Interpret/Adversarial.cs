using KerasNet.Layers;
using KerasNet.Losses;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>
/// Adversarial examples against a compiled model: perturbations of at most ε per pixel (L∞) that raise the model's
/// loss on the true targets, with the result clipped to the pixel range. Inputs and targets are Keras arrays as
/// <see cref="Sequential.Fit"/> takes them; the model runs in inference mode.
/// </summary>
/// <remarks>
/// Which loss is differentiated is the <c>score</c> argument. <see cref="ClassScore.Logit"/> (the default) computes the
/// compiled crossentropy from the last Dense layer's logits, as TF 2's tf.keras does for a softmax output (its softmax
/// caches the logits and the crossentropy uses them). <see cref="ClassScore.Output"/> computes it from the model's
/// probabilities as Keras's formula does for a plain tensor, clipped to <c>[1e-7, 1 − 1e-7]</c>: where the true class's
/// probability is above <c>1 − 1e-7</c> (float32 softmax rounds a confident prediction to exactly 1) the gradient is
/// exactly zero and the attack leaves the image unchanged — gradient masking, measured by <see cref="ZeroGradientShare"/>.
/// </remarks>
public static class Adversarial
{
    /// <summary>The number of images attacked at once when the caller does not say: bounds the memory of one step's graph.</summary>
    public const int DefaultBatchSize = 128;

    /// <summary>The fast gradient sign method (Goodfellow et al. 2015): <c>x + ε·sign(∇ₓ loss)</c>, clipped to the pixel range.</summary>
    public static NDArray<float> Fgsm(
        Sequential model, NDArray<float> x, NDArray<float> y, double epsilon, double pixelMin = 0, double pixelMax = 1, int batchSize = DefaultBatchSize, ClassScore score = ClassScore.Logit) =>
        Pgd(model, x, y, epsilon, stepSize: epsilon, steps: 1, pixelMin, pixelMax, batchSize, score);

    /// <summary>
    /// Projected gradient descent (Madry et al. 2018) from the clean input: <paramref name="steps"/> signed-gradient steps of
    /// <paramref name="stepSize"/>, each followed by projection onto the ε-ball around the input and the pixel range.
    /// Images are attacked <paramref name="batchSize"/> at a time; each image's result does not depend on the batching.
    /// </summary>
    public static NDArray<float> Pgd(
        Sequential model, NDArray<float> x, NDArray<float> y, double epsilon, double stepSize, int steps, double pixelMin = 0, double pixelMax = 1, int batchSize = DefaultBatchSize, ClassScore score = ClassScore.Logit)
    {
        Validate(model, x, y, epsilon, steps, pixelMin, pixelMax, batchSize);
        var perSampleLoss = PerSampleLoss(model, score);
        return AttackInBatches(model, x, y, batchSize, (clean, targets) =>
        {
            var adversarial = clean;
            for (int step = 0; step < steps; step++)
            {
                using var stepScope = NewDisposeScope();
                var gradient = LossGradient(input => perSampleLoss(input, targets), adversarial);
                adversarial = Project(adversarial + (stepSize * gradient.sign()), clean, epsilon, pixelMin, pixelMax).MoveToOuterDisposeScope();
            }

            return adversarial;
        });
    }

    /// <summary>
    /// Report kipping2022's attack as its code intends it: a perturbation δ (starting at zero) trained by Keras's Adam
    /// (β₁ 0.9, β₂ 0.999, ε 1e-7, learning rate <paramref name="learningRate"/>) for <paramref name="steps"/> steps to
    /// raise the loss of the true class, δ clipped to ±ε after every step; the result <c>x + δ</c> is clipped to the pixel
    /// range. Each image is attacked as the author attacks his one image, on its own loss: Adam's ε makes its steps depend
    /// on the gradient's scale, so a loss averaged over many images would weaken the attack on each of them. Images are
    /// attacked <paramref name="batchSize"/> at a time; each image's result does not depend on the batching.
    /// </summary>
    public static NDArray<float> AdamPerturbation(
        Sequential model,
        NDArray<float> x,
        NDArray<float> y,
        double epsilon,
        int steps = 50,
        double learningRate = 0.001,
        double pixelMin = 0,
        double pixelMax = 1,
        int batchSize = DefaultBatchSize,
        ClassScore score = ClassScore.Logit)
    {
        Validate(model, x, y, epsilon, steps, pixelMin, pixelMax, batchSize);
        var perSampleLoss = PerSampleLoss(model, score);
        return AttackInBatches(model, x, y, batchSize, (clean, targets) =>
        {
            var adam = new Optimizers.Adam(learningRate);
            var delta = zeros_like(clean);
            var slots = adam.NewSlots(delta);
            for (int step = 0; step < steps; step++)
            {
                using var stepScope = NewDisposeScope();
                adam.Apply(delta, -LossGradient(input => perSampleLoss(clean + input, targets), delta), slots);
                delta.clamp_(-epsilon, epsilon);
            }

            return (clean + delta).clamp(pixelMin, pixelMax);
        });
    }

    /// <summary>
    /// The fraction of samples whose loss gradient with respect to the input is exactly zero everywhere under
    /// <paramref name="score"/>: images a gradient attack cannot move (masked, not robust).
    /// </summary>
    public static double ZeroGradientShare(Sequential model, NDArray<float> x, NDArray<float> y, ClassScore score = ClassScore.Logit, int batchSize = DefaultBatchSize)
    {
        Validate(model, x, y, epsilon: 0, steps: 1, pixelMin: 0, pixelMax: 1, batchSize);
        var perSampleLoss = PerSampleLoss(model, score);
        var gradients = AttackInBatches(model, x, y, batchSize, (clean, targets) => LossGradient(input => perSampleLoss(input, targets), clean));
        int zero = 0;
        for (int i = 0; i < gradients.Count; i++)
        {
            zero += gradients.Data.AsSpan(i * gradients.SampleSize, gradients.SampleSize).ContainsAnyExcept(0f) ? 0 : 1;
        }

        return (double)zero / gradients.Count;
    }

    /// <summary>The fraction of samples whose predicted class (argmax) is the target's.</summary>
    public static double Accuracy(Sequential model, NDArray<float> x, NDArray<float> y)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(y);
        var predictions = model.Predict(x, batchSize: 256);
        int classes = predictions.SampleSize;
        int correct = 0;
        for (int i = 0; i < predictions.Count; i++)
        {
            int predicted = ArgMax(predictions.Data.AsSpan(i * classes, classes));
            int truth = y.SampleSize == 1 ? (int)y.Data[i] : ArgMax(y.Data.AsSpan(i * y.SampleSize, y.SampleSize));
            correct += predicted == truth ? 1 : 0;
        }

        return (double)correct / predictions.Count;
    }

    /// <summary>Accuracy on the attacked inputs at each ε (ε = 0 is the clean accuracy).</summary>
    public static IReadOnlyList<(double Epsilon, double Accuracy)> AccuracyCurve(
        Sequential model, NDArray<float> x, NDArray<float> y, IEnumerable<double> epsilons, Func<Sequential, NDArray<float>, NDArray<float>, double, NDArray<float>> attack)
    {
        ArgumentNullException.ThrowIfNull(epsilons);
        ArgumentNullException.ThrowIfNull(attack);
        return epsilons.Select(e => (e, Accuracy(model, e == 0 ? x : attack(model, x, y, e), y))).ToList();
    }

    /// <summary>
    /// Runs <paramref name="attack"/> on consecutive batches of the images (clean batch, its targets) and joins the attacked
    /// batches; every step's tensors are freed by the attack's own scopes.
    /// </summary>
    private static NDArray<float> AttackInBatches(Sequential model, NDArray<float> x, NDArray<float> y, int batchSize, Func<Tensor, Tensor, Tensor> attack)
    {
        using var scope = new CompositeScope(NewDisposeScope(), enable_grad());
        var clean = TensorConversion.ToInternal(x);
        var targets = TensorConversion.ToTargets(y, model.Loss!.TakesClassIndices);
        var attacked = new List<Tensor>();
        for (int start = 0; start < x.Count; start += batchSize)
        {
            int count = Math.Min(batchSize, x.Count - start);
            using var batchScope = NewDisposeScope();
            attacked.Add(attack(clean.narrow(0, start, count), targets.narrow(0, start, count)).detach().MoveToOuterDisposeScope());
        }

        return TensorConversion.ToArray(cat(attacked, 0));
    }

    /// <summary>
    /// The gradient of the per-image losses' sum with respect to <paramref name="input"/>: every image gets the gradient of
    /// its own loss, whatever the batch it is attacked in.
    /// </summary>
    private static Tensor LossGradient(Func<Tensor, Tensor> perSampleLoss, Tensor input)
    {
        var leaf = input.detach().requires_grad_(true);
        return autograd.grad([perSampleLoss(leaf).sum()], [leaf])[0];
    }

    /// <summary>The loss of each sample of an input batch under <paramref name="score"/> (see the class remarks).</summary>
    /// <exception cref="ArgumentException">Logits are asked of a model that does not end in a softmax Dense layer with a crossentropy on probabilities.</exception>
    private static Func<Tensor, Tensor, Tensor> PerSampleLoss(Sequential model, ClassScore score)
    {
        var loss = model.Loss!;
        if (score == ClassScore.Output)
        {
            return (input, targets) => loss.PerSample(targets, model.Call(input, training: false));
        }

        Loss fromLogits = loss switch
        {
            CategoricalCrossentropy { FromLogits: false } => new CategoricalCrossentropy(fromLogits: true),
            SparseCategoricalCrossentropy { FromLogits: false } => new SparseCategoricalCrossentropy(fromLogits: true),
            _ => throw new ArgumentException($"Logit scores need a model compiled with a crossentropy on probabilities; '{model.Name}' is compiled with {loss.Name}{(loss is CategoricalCrossentropy or SparseCategoricalCrossentropy ? " from logits (use ClassScore.Output: its output already is the logits)" : string.Empty)}.", nameof(score)),
        };
        if (model.Layers[^1] is not Dense { Activation.Name: "softmax" })
        {
            throw new ArgumentException($"Logit scores need a model ending in a softmax Dense layer; '{model.Name}' ends in {model.Layers[^1].TypeName} '{model.Layers[^1].Name}'.", nameof(score));
        }

        return (input, targets) => fromLogits.PerSample(targets, ModelTrace.RunToScores(model, input, 0, ClassScore.Logit));
    }

    private static Tensor Project(Tensor candidate, Tensor clean, double epsilon, double pixelMin, double pixelMax) =>
        minimum(maximum(candidate, clean - epsilon), clean + epsilon).clamp(pixelMin, pixelMax);

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            best = values[i] > values[best] ? i : best;
        }

        return best;
    }

    private static void Validate(Sequential model, NDArray<float> x, NDArray<float> y, double epsilon, int steps, double pixelMin, double pixelMax, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (model.Loss is null)
        {
            throw new InvalidOperationException($"Model '{model.Name}' must be compiled: an attack raises its loss.");
        }

        model.CheckInputs(x, nameof(x));
        if (y.Count != x.Count)
        {
            throw new ArgumentException($"x has {x.Count} samples but y has {y.Count}.", nameof(y));
        }

        if (epsilon < 0 || !double.IsFinite(epsilon))
        {
            throw new ArgumentOutOfRangeException(nameof(epsilon), $"Expected a finite ε >= 0. Received: epsilon={epsilon}");
        }

        if (steps < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), $"Expected at least one step. Received: steps={steps}");
        }

        if (batchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), $"Expected a batch size of at least 1. Received: batchSize={batchSize}");
        }

        if (!(pixelMin < pixelMax))
        {
            throw new ArgumentException($"Expected pixelMin < pixelMax. Received: {pixelMin}, {pixelMax}", nameof(pixelMin));
        }
    }
}
