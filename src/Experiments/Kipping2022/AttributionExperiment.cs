using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Kipping2022;

/// <summary>
/// Report kipping2022 §4: saliency maps and Grad-CAM of the final model trained on Fashion-MNIST. Pictures: the first
/// test image of each class (<c>analysis.images</c> of them) with its saliency map (max |∂p/∂input| over channels of
/// the softmax probability p, min-max scaled, as the author's code), its Grad-CAM on <c>analysis.layers[0]</c> (the
/// last convolution, model.layers[14] in the author's code) as the author's code computes it (of p, without ReLU; shown
/// min-max scaled, as his plot does), and the Grad-CAM of Selvaraju et al. (of the logit, with ReLU; our addition),
/// each laid over the image. Numbers, on the first <c>analysis.samples</c> test images: the model's test accuracy
/// (test_accuracy) on all of the test set (equal to the run's last val_accuracy when the weights are the run's); per map
/// kind the share of its mass on the garment (pixels brighter than 0.1), averaged over the maps that are not all zero —
/// our measure of "the maps highlight the object", which the report shows only in pictures — and the share of all-zero
/// maps (a rectified Grad-CAM is empty where the weighted channels sum to a negative value everywhere).
/// </summary>
public sealed class AttributionExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    private const float ObjectThreshold = 0.1f;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> MethodConstants { get; } = new Dictionary<string, double> { ["object_threshold"] = ObjectThreshold };

    /// <inheritdoc />
    protected override AnalysisSettings Defaults { get; } = new() { Samples = 1000, Images = 10 };

    /// <inheritdoc />
    public override IReadOnlyList<string> RequiredLayers => [GradCamLayer];

    private string GradCamLayer => Analysis.Layers?[0] ?? throw new ConfigurationException($"{Name}: analysis.layers must name the Grad-CAM layer.");

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        int samples = Math.Min(Analysis.Samples!.Value, data.ValidationX.Count);
        var x = data.ValidationX.Slice(0, samples);
        var maps = new List<(string Key, string Caption, NDArray<float> Maps, bool Overlay)>
        {
            ("saliency", "saliency", Attribution.Saliency(model, x), false),
            ("gradcam_unrectified", "Grad-CAM (author)", Attribution.Normalize(Attribution.GradCam(model, x, GradCamLayer, rectify: false)), true),
            ("gradcam", "Grad-CAM", Attribution.GradCam(model, x, GradCamLayer, score: ClassScore.Logit), true),
        };
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["test_accuracy"] = Adversarial.Accuracy(model, data.ValidationX, data.ValidationY),
        };
        foreach (var (key, _, kind, _) in maps)
        {
            var (onObject, empty) = MassOnObject(x, kind);
            values[$"{key}_on_object"] = onObject;
            values[$"{key}_empty_share"] = empty;
        }

        var shown = Samples.FirstOfEachClass(data.ValidationY.Slice(0, samples), Analysis.Images!.Value);
        var labels = Samples.Labels(data.ValidationY);
        var predictions = model.Predict(x.Take(shown));
        var panels = new List<ImagePanel>();
        for (int i = 0; i < shown.Count; i++)
        {
            var probabilities = Samples.Row(predictions, i);
            int predicted = Samples.ArgMax(probabilities);
            string classes = predicted == labels[shown[i]] ? Dataset.ClassName(predicted) : $"{Dataset.ClassName(labels[shown[i]])}→{Dataset.ClassName(predicted)}";
            panels.Add(Samples.Image(x, shown[i], $"{classes} {probabilities[predicted].ToString("F2", CultureInfo.InvariantCulture)}"));
            panels.AddRange(maps.Select(m => m.Overlay ? Samples.Blend(x, shown[i], m.Maps, shown[i], m.Caption) : Samples.Map(m.Maps, shown[i], m.Caption)));
        }

        const string file = "attribution.png";
        ImageGrid.Write(Path.Combine(outputDirectory, file), panels, columns: 1 + maps.Count);
        return new AnalysisOutput(values, [new AnalysisImage(file, $"test image (its class, or true→predicted class when wrong, and the predicted probability); saliency map of the softmax probability; Grad-CAM of {GradCamLayer} over the image as the author's code computes it (probability, no ReLU, min-max scaled) and as Selvaraju et al. define it (logit, ReLU)")]);
    }

    /// <summary>
    /// The mean, over the maps that are not all zero, of the share of a map's mass (upsampled to the image) on pixels
    /// brighter than the threshold; and the share of all-zero maps.
    /// </summary>
    private static (double OnObject, double EmptyShare) MassOnObject(NDArray<float> images, NDArray<float> maps)
    {
        int height = images.Shape[1];
        int width = images.Shape[2];
        double total = 0;
        int empty = 0;
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

            if (all > 0)
            {
                total += inside / all;
            }
            else
            {
                empty++;
            }
        }

        int mapped = images.Count - empty;
        return (mapped == 0 ? 0 : total / mapped, (double)empty / images.Count);
    }
}
