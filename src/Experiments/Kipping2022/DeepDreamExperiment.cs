using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// DeepDream on the kipping2022 final model (the author's <c>1_6_deepdream.py</c>, on CIFAR-10, maximizing the mean
/// activation of conv2d_2 and conv2d_5 from test image 13; also run on Fashion-MNIST as our addition): gradient ascent
/// on the input of each of <c>analysis.layers</c>' mean activation, <c>analysis.steps</c> steps of size
/// <c>analysis.stepSize</c> (gradients normalized by their mean magnitude; the author divides by their standard
/// deviation), pixels clipped to [0, 1], from <c>analysis.images</c> test images starting at index 13. Numbers: each
/// layer's mean activation before and after the ascent.
/// </summary>
public sealed class DeepDreamExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    private const int FirstImage = 13;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> MethodConstants { get; } = new Dictionary<string, double> { ["first_image"] = FirstImage };

    /// <inheritdoc />
    protected override AnalysisSettings Defaults { get; } = new() { Images = 4, Steps = 100, StepSize = 0.01 };

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var settings = Analysis;
        int first = Math.Min(FirstImage, data.ValidationX.Count - 1);
        var start = data.ValidationX.Slice(first, Math.Min(settings.Images!.Value, data.ValidationX.Count - first));
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var dreams = new List<(string Layer, NDArray<float> Images)>();
        foreach (string layer in RequiredLayers)
        {
            var result = ActivationMaximization.Run(model, layer, ActivationObjective.LayerMean, start, settings.Steps!.Value, settings.StepSize!.Value);
            values[$"objective_start@{layer}"] = result.Objective[0];
            values[$"objective_end@{layer}"] = result.Objective[^1];
            dreams.Add((layer, result.Images));
        }

        var panels = new List<ImagePanel>();
        for (int i = 0; i < start.Count; i++)
        {
            panels.Add(Samples.Image(start, i, $"test image {(first + i).ToString(CultureInfo.InvariantCulture)}"));
            panels.AddRange(dreams.Select(d => Samples.Image(d.Images, i, $"dream {d.Layer}")));
        }

        const string file = "deepdream.png";
        ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: 1 + dreams.Count);
        return new AnalysisOutput(values, [new AnalysisImage(file, $"test images and the result of maximizing the mean activation of {string.Join(", ", RequiredLayers)}")]);
    }
}
