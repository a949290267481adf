using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Nanavati2021;

/// <summary>
/// Report nanavati2021 §4 (Figures 4 and 5): the output of every filter of the first two layers of the report's Keras
/// CNN (<c>analysis.layers</c>: the convolution and the max pooling after it) for the first test image, and the learned
/// 3×3 filters of the convolution. Number: the model's test accuracy.
/// </summary>
public sealed class FeatureMapsExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var image = data.ValidationX.Slice(0, 1);
        var maps = FeatureVisualization.FeatureMaps(model, image).ToDictionary(m => m.Layer, m => m.Maps);
        var images = new List<AnalysisImage>();
        foreach (string layer in RequiredLayers)
        {
            if (!maps.TryGetValue(layer, out var layerMaps))
            {
                throw new ConfigurationException($"{Name}: analysis layer '{layer}' is not a convolution or pooling layer.");
            }

            var planes = FeatureVisualization.ChannelsFirst(layerMaps);
            var panels = Enumerable.Range(0, planes.Shape[1])
                .Select(c => ImagePanel.Map(planes.Data.AsSpan(c * planes.Shape[2] * planes.Shape[3], planes.Shape[2] * planes.Shape[3]).ToArray(), planes.Shape[2], planes.Shape[3], $"{layer} #{c.ToString(CultureInfo.InvariantCulture)}"))
                .Prepend(Samples.Image(image, 0, "input"))
                .ToList();
            string file = $"feature-maps-{layer}.png";
            ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: 8);
            images.Add(new AnalysisImage(file, $"the first test image and the output of each filter of {layer}"));
        }

        string convolution = RequiredLayers[0];
        var filters = FeatureVisualization.Filters(model, convolution);
        var filterPanels = FilterPanels(filters);
        const string filterFile = "filters.png";
        ImageGrid.Write(Path.Combine(outputDirectory, filterFile), filterPanels, columns: 7, pixelSize: 12);
        images.Add(new AnalysisImage(filterFile, $"the learned filters of {convolution} (first input channel)"));
        return new AnalysisOutput(new Dictionary<string, double>(StringComparer.Ordinal) { ["test_accuracy"] = Adversarial.Accuracy(model, data.ValidationX, data.ValidationY) }, images);
    }

    /// <summary>Each filter of a Keras kernel as a picture of its first input channel, captioned <c>filter i</c>.</summary>
    internal static List<ImagePanel> FilterPanels(NDArray<float> kernel) =>
        [.. FilterPlanes(kernel).Select((plane, i) => ImagePanel.Map(plane, kernel.Shape[0], kernel.Shape[1], $"filter {i.ToString(CultureInfo.InvariantCulture)}"))];

    /// <summary>Each filter's first input-channel plane of a Keras kernel <c>(kh, kw, in, filters)</c>, row-major.</summary>
    internal static List<float[]> FilterPlanes(NDArray<float> kernel)
    {
        int kh = kernel.Shape[0];
        int kw = kernel.Shape[1];
        int inputs = kernel.Shape[2];
        int filters = kernel.Shape[3];
        return [.. Enumerable.Range(0, filters).Select(f => Enumerable.Range(0, kh * kw).Select(p => kernel.Data[(p * inputs * filters) + f]).ToArray())];
    }
}
