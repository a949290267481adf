using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Reporting;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// Report kipping2022 §4: saliency maps and Grad-CAM of the final model trained on Fashion-MNIST. Pictures: the first
/// test image of each class (<c>analysis.images</c> of them) with its saliency map (max |∂score/∂input| over channels,
/// min-max scaled, as the author's code) and its Grad-CAM on <c>analysis.layers[0]</c> (the last convolution,
/// model.layers[14] in the author's code) laid over the image. Numbers, on the first <c>analysis.samples</c> test
/// images: the model's test accuracy (test_accuracy) on all of the test set (equal to the run's last val_accuracy when the weights are
/// the run's), and the share of saliency and of Grad-CAM mass on the garment (pixels brighter than 0.1) — our
/// measure of "the maps highlight the object", which the report shows only in pictures.
/// </summary>
public sealed class AttributionExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    /// <summary>The experiment's name.</summary>
    public const string ExperimentName = "kipping2022/attribution";

    private const float ObjectThreshold = 0.1f;

    /// <inheritdoc />
    public override IReadOnlyList<string> RequiredLayers => [GradCamLayer];

    private string GradCamLayer => Analysis.Layers?[0] ?? throw new ConfigurationException($"{Name}: analysis.layers must name the Grad-CAM layer.");

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        int samples = Math.Min(Analysis.Samples ?? 1000, data.ValidationX.Count);
        var x = data.ValidationX.Slice(0, samples);
        var saliency = Attribution.Saliency(model, x);
        var gradCam = Attribution.GradCam(model, x, GradCamLayer);
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["test_accuracy"] = Adversarial.Accuracy(model, data.ValidationX, data.ValidationY),
            ["saliency_on_object"] = MassOnObject(x, saliency),
            ["gradcam_on_object"] = MassOnObject(x, gradCam),
        };

        var shown = Samples.FirstOfEachClass(data.ValidationY.Slice(0, samples), Analysis.Images ?? 10);
        var labels = Samples.Labels(data.ValidationY);
        var predictions = model.Predict(x.Take(shown));
        var panels = new List<ImagePanel>();
        for (int i = 0; i < shown.Count; i++)
        {
            var probabilities = Samples.Row(predictions, i);
            int predicted = Samples.ArgMax(probabilities);
            string classes = predicted == labels[shown[i]] ? Dataset.ClassName(predicted) : $"{Dataset.ClassName(labels[shown[i]])}→{Dataset.ClassName(predicted)}";
            panels.Add(Samples.Image(x, shown[i], $"{classes} {probabilities[predicted].ToString("F2", CultureInfo.InvariantCulture)}"));
            panels.Add(Samples.Map(saliency, shown[i], "saliency"));
            panels.Add(Samples.Blend(x, shown[i], gradCam, shown[i], "Grad-CAM"));
        }

        const string file = "attribution.png";
        ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: 6);
        return new AnalysisOutput(values, [new AnalysisImage(file, $"test image (its class, or true→predicted class when wrong, and the predicted probability), saliency map, Grad-CAM of {GradCamLayer} over the image")]);
    }

    /// <summary>The mean over images of the share of a map's mass (upsampled to the image) on pixels brighter than the threshold.</summary>
    private static double MassOnObject(NDArray<float> images, NDArray<float> maps)
    {
        int height = images.Shape[1];
        int width = images.Shape[2];
        double total = 0;
        for (int i = 0; i < images.Count; i++)
        {
            var map = Overlay.Upsample(Samples.Row(maps, i), maps.Shape[1], maps.Shape[2], height, width);
            var image = Samples.Row(images, i);
            int channels = image.Length / (height * width);
            double inside = 0;
            double all = 0;
            for (int p = 0; p < map.Length; p++)
            {
                double mass = Math.Max(0, map[p]);
                all += mass;
                inside += image[p * channels] > ObjectThreshold ? mass : 0;
            }

            total += all > 0 ? inside / all : 0;
        }

        return total / images.Count;
    }
}
