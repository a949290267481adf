using KerasNet.Diagnostics;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Experiments.Aven2019;

/// <summary>
/// Report aven2019 §2b: back-propagated gradients against central differences <c>(L(w + ε) − L(w − ε)) / 2ε</c> for every
/// weight of the trained net, on the first <c>analysis.samples</c> training images as one batch, in float64, with the
/// report's ε (<c>analysis.epsilon</c>). Numbers: the largest absolute difference of the first hidden layer's weights
/// (kernel and bias) and of the output layer's, and the largest gradient for scale.
/// </summary>
public sealed class GradientCheckExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    /// <summary>The values each analysis measures.</summary>
    public static IReadOnlyList<string> CheckableValues { get; } = ["max_difference_hidden", "max_difference_output", "max_gradient"];

    /// <inheritdoc />
    public override bool DrawsImages => false;

    /// <inheritdoc />
    protected override AnalysisSettings Defaults => new() { Samples = 50, Epsilon = 0.01 };

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        int samples = Analysis.Samples!.Value;
        if (samples > data.X.Count)
        {
            throw new ConfigurationException($"{Name}: analysis.samples {samples} exceeds the {data.X.Count} training samples.");
        }

        var result = GradientCheck.Run(model, model.Loss!, data.X.Slice(0, samples), data.Y.Slice(0, samples), Analysis.Epsilon!.Value);
        var dense = model.Layers.OfType<Dense>().ToList();
        double Largest(Layer layer) => layer.Weights.Max(w => result.MaxAbsoluteDifferenceByWeight[w.Path]);
        return new AnalysisOutput(
            new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["max_difference_hidden"] = Largest(dense[0]),
                ["max_difference_output"] = Largest(dense[^1]),
                ["max_gradient"] = result.MaxGradient,
            },
            []);
    }
}
