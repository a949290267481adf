using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Nanavati2021;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Highsmith2019;

/// <summary>
/// Report highsmith2019's filter pictures: the learned filters of a convolution (<c>analysis.layers</c>: one layer) as
/// images, one panel each, scaled to their own range as his <c>plt.imshow</c> does. Number: the model's test accuracy.
/// </summary>
public sealed class FiltersExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (RequiredLayers.Count != 1)
        {
            throw new ConfigurationException($"{Name}: analysis.layers must name the one convolution whose filters are drawn.");
        }

        var filters = FeatureVisualization.Filters(model, RequiredLayers[0]);
        var panels = FeatureMapsExperiment.FilterPanels(filters);
        const string file = "filters.png";
        ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: Math.Min(panels.Count, 8));
        return new AnalysisOutput(
            new Dictionary<string, double>(StringComparer.Ordinal) { ["test_accuracy"] = Adversarial.Accuracy(model, data.ValidationX, data.ValidationY) },
            [new AnalysisImage(file, $"the learned filters of {RequiredLayers[0]} (each scaled to its own range)")]);
    }
}
