using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// Adversarial examples against the kipping2022 final model (the author's <c>1_7_adversarials.py</c>, on CIFAR-10;
/// also run on Fashion-MNIST as our addition). On the first <c>analysis.samples</c> test images: accuracy under FGSM
/// and under PGD (10 steps of ε/4) at each of <c>analysis.epsilons</c>; and the author's attack — a perturbation δ
/// optimized with Keras's Adam, each image on its own loss as the author attacks his one image (learning rate <c>analysis.stepSize</c>, <c>analysis.steps</c> steps) to raise the true class's
/// loss, clipped to ±<c>analysis.epsilon</c> — with its accuracy and success rate (the share of correctly classified
/// images it turns wrong). Each attack runs once per class score in <c>analysis.scores</c> (default <c>logit</c>): the
/// crossentropy from the logits, as the author's TF 2 code computes it (tf.keras takes a softmax output's cached logits),
/// and from the clipped probabilities, whose gradient vanishes on confidently classified images; values are prefixed
/// with the score, and <c>&lt;score&gt;_zero_gradient_share</c> counts the images whose gradient is exactly zero.
/// Picture: <c>analysis.images</c> images attacked under the first score, with the perturbation and both predictions.
/// </summary>
public sealed class AdversarialExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    private const int PgdSteps = 10;
    private const double PgdStepPerEpsilon = 0.25;

    /// <summary>
    /// 2: every image is attacked on its own loss, and the Adam attack uses Keras's Adam (version 1 averaged the loss over
    /// the 1000 images, which shrank each image's gradient a thousandfold toward PyTorch Adam's ε).
    /// </summary>
    public override int MethodVersion => 2;

    /// <inheritdoc />
    public override string CurveParameter => "ε (L∞ budget per pixel)";

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> MethodConstants { get; } = new Dictionary<string, double>
    {
        ["pgd_steps"] = PgdSteps,
        ["pgd_step_per_epsilon"] = PgdStepPerEpsilon,
    };

    /// <inheritdoc />
    protected override AnalysisSettings Defaults { get; } = new() { Samples = 1000, Images = 4, Steps = 50, StepSize = 0.001, Scores = ["logit"], Epsilons = [] };

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var settings = Analysis;
        double budget = settings.Epsilon ?? throw new ConfigurationException($"{Name}: analysis.epsilon (the Adam attack's budget) is missing.");
        int samples = Math.Min(settings.Samples!.Value, data.ValidationX.Count);
        var x = data.ValidationX.Slice(0, samples);
        var y = data.ValidationY.Slice(0, samples);
        var labels = Samples.Labels(y);
        var clean = Samples.Labels(model.Predict(x, batchSize: 256));
        var correct = Enumerable.Range(0, samples).Where(i => clean[i] == labels[i]).ToList();
        var values = new Dictionary<string, double>(StringComparer.Ordinal) { ["clean_accuracy"] = (double)correct.Count / samples };
        var scores = settings.Scores!.Select(n => Enum.Parse<ClassScore>(n, ignoreCase: true)).ToList();
        string budgetText = budget.ToString(CultureInfo.InvariantCulture);
        NDArray<float>? attacked = null;
        foreach (var score in scores)
        {
            var madeHere = Attack(model, x, y, labels, correct, score, budget, values);
            attacked ??= madeHere;
        }

        var shown = correct.Take(settings.Images!.Value).ToList();
        var cleanProbabilities = model.Predict(x.Take(shown));
        var attackedProbabilities = model.Predict(attacked!.Take(shown));
        var panels = new List<ImagePanel>();
        for (int i = 0; i < shown.Count; i++)
        {
            panels.Add(Samples.Image(x, shown[i], Caption(string.Empty, Samples.Row(cleanProbabilities, i))));
            panels.Add(Perturbation(x, attacked, shown[i], budget));
            panels.Add(Samples.Image(attacked, shown[i], Caption("→ ", Samples.Row(attackedProbabilities, i))));
        }

        const string file = "adversarial.png";
        ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: 6);
        return new AnalysisOutput(values, [new AnalysisImage(file, $"correctly classified test images with the predicted class and probability, the Adam perturbation δ raising the {Describe(scores[0])} (grey 0, black −{budgetText}, white +{budgetText}) and the attacked image with its predicted class and probability")]);
    }

    /// <summary>
    /// Runs every attack under <paramref name="score"/> (the Adam attack with budget <paramref name="budget"/>), adds its
    /// values (prefixed with the score's name) and returns the images the Adam attack made.
    /// </summary>
    private NDArray<float> Attack(
        Sequential model, NDArray<float> x, NDArray<float> y, IReadOnlyList<int> labels, IReadOnlyList<int> correct, ClassScore score, double budget, Dictionary<string, double> values)
    {
        var settings = Analysis;
        string prefix = $"{score.ToString().ToLowerInvariant()}_";
        values[$"{prefix}zero_gradient_share"] = Adversarial.ZeroGradientShare(model, x, y, score);
        foreach (double epsilon in settings.Epsilons!)
        {
            string at = epsilon.ToString(CultureInfo.InvariantCulture);
            values[$"{prefix}fgsm_accuracy@{at}"] = Adversarial.Accuracy(model, Adversarial.Fgsm(model, x, y, epsilon, score: score), y);
            values[$"{prefix}pgd_accuracy@{at}"] = Adversarial.Accuracy(model, Adversarial.Pgd(model, x, y, epsilon, epsilon * PgdStepPerEpsilon, PgdSteps, score: score), y);
        }

        string budgetText = budget.ToString(CultureInfo.InvariantCulture);
        var attacked = Adversarial.AdamPerturbation(model, x, y, budget, settings.Steps!.Value, settings.StepSize!.Value, score: score);
        var fooled = Samples.Labels(model.Predict(attacked, batchSize: 256));
        values[$"{prefix}adam_accuracy@{budgetText}"] = (double)Enumerable.Range(0, x.Count).Count(i => fooled[i] == labels[i]) / x.Count;
        values[$"{prefix}adam_success_rate@{budgetText}"] = correct.Count == 0 ? 0 : (double)correct.Count(i => fooled[i] != labels[i]) / correct.Count;
        return attacked;
    }

    private static string Describe(ClassScore score) =>
        score == ClassScore.Logit ? "crossentropy of the logits" : "crossentropy of the clipped probabilities";

    private string Caption(string prefix, float[] probabilities)
    {
        int predicted = Samples.ArgMax(probabilities);
        return $"{prefix}{Dataset.ClassName(predicted)} {probabilities[predicted].ToString("F2", CultureInfo.InvariantCulture)}";
    }

    /// <summary>δ = attacked − clean, mapped from [−ε, ε] to [0, 1] (grey 0.5 = unchanged).</summary>
    private static ImagePanel Perturbation(NDArray<float> clean, NDArray<float> attacked, int index, double epsilon)
    {
        var before = Samples.Row(clean, index);
        var after = Samples.Row(attacked, index);
        var delta = before.Select((v, p) => (float)(0.5 + ((after[p] - v) / (2 * epsilon)))).ToArray();
        return new ImagePanel(delta, clean.Shape[1], clean.Shape[2], clean.Shape[3], "δ", PanelScale.Intensity);
    }
}
