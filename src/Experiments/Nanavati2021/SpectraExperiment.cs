using System.Globalization;
using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Pictures;
using KerasNet.Interpret;
using KerasNet.Models;

namespace KerasNet.Experiments.Nanavati2021;

/// <summary>
/// Report nanavati2021 §5: centred log-magnitude DFT spectra (1) of one filter's output at the second layer
/// (<c>analysis.layers[0]</c>, channel 0) for the first test image of each digit (Figure 7), and (2) of the first
/// layer's filters, zero-padded to 16×16 (Figure 8). The report's observations become numbers over the digit maps:
/// the share of spectral energy |F|² within half the Nyquist radius of the centre ("magnitudes get smaller for higher
/// frequencies"), and the share on the centre row and column against the share those hold in a flat spectrum ("two
/// dominating directions, one vertical and one horizontal"), each beside the share a flat spectrum puts there; and the
/// Pearson correlation of two digits' log-magnitude spectra, for the pairs the report compares ("4 and 7 have similar
/// spectra backgrounds; 8 vs 1 or 8 vs 7 have none in common"), with the gaps between them.
/// </summary>
public sealed class SpectraExperiment(ExperimentConfig config) : AnalysisExperiment(config)
{
    private const int FilterSpectrumSize = 16;

    /// <summary>The values the report's observations are checked on (<see cref="ExperimentKinds.CheckableValues"/>).</summary>
    public static IReadOnlyList<string> CheckableValues { get; } =
    [
        "low_frequency_energy_share", "low_frequency_share_of_flat_spectrum", "axis_energy_share", "axis_share_of_flat_spectrum",
        "spectrum_correlation_4_7", "spectrum_correlation_8_1", "spectrum_correlation_8_7",
        "low_frequency_excess", "axis_excess", "correlation_gap_4_7_over_8_1", "correlation_gap_4_7_over_8_7",
    ];

    /// <inheritdoc />
    public override int MethodVersion => 2;

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, double> MethodConstants { get; } = new Dictionary<string, double> { ["filter_spectrum_size"] = FilterSpectrumSize };

    /// <inheritdoc />
    protected override AnalysisSettings Defaults { get; } = new() { Images = 10 };

    /// <inheritdoc />
    public override AnalysisOutput Analyze(Sequential model, PreparedData data, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        if (RequiredLayers.Count != 2)
        {
            throw new ConfigurationException($"{Name}: analysis.layers must be [output layer, convolution]; got {RequiredLayers.Count} names.");
        }

        string outputLayer = RequiredLayers[0];
        string convolution = RequiredLayers[1];
        var digits = Samples.FirstOfEachClass(data.ValidationY, Analysis.Images!.Value);
        var labels = Samples.Labels(data.ValidationY);
        var images = data.ValidationX.Take(digits);
        var maps = FeatureVisualization.FeatureMaps(model, images).FirstOrDefault(m => m.Layer == outputLayer).Maps
            ?? throw new ConfigurationException($"{Name}: analysis layer '{outputLayer}' is not a convolution or pooling layer.");
        var planes = FeatureVisualization.ChannelsFirst(maps);
        int height = planes.Shape[2];
        int width = planes.Shape[3];
        int planeSize = height * width;
        int channels = planes.Shape[1];
        var firstChannel = new NDArray<float>([.. Enumerable.Range(0, digits.Count).SelectMany(i => planes.Data.AsSpan(i * channels * planeSize, planeSize).ToArray())], digits.Count, height, width);
        var spectra = FeatureVisualization.Spectrum(firstChannel);

        var panels = new List<ImagePanel>();
        for (int i = 0; i < digits.Count; i++)
        {
            panels.Add(Samples.Image(images, i, $"digit {Dataset.ClassName(labels[digits[i]])}"));
            panels.Add(ImagePanel.Map(Samples.Row(firstChannel, i), height, width, $"{outputLayer} #0"));
            panels.Add(ImagePanel.Map(Samples.Row(spectra, i), height, width, "log(1+|DFT|)"));
        }

        const string mapFile = "spectra-outputs.png";
        ImageGrid.Write(Path.Combine(outputDirectory, mapFile), panels, columns: 6);

        var kernel = FeatureVisualization.Filters(model, convolution);
        var filterPlanes = FeatureMapsExperiment.FilterPlanes(kernel);
        var filterSpectra = FeatureVisualization.Spectrum(new NDArray<float>([.. filterPlanes.SelectMany(p => p)], filterPlanes.Count, kernel.Shape[0], kernel.Shape[1]), FilterSpectrumSize);
        var filterPanels = Enumerable.Range(0, filterPlanes.Count)
            .Select(f => ImagePanel.Map(Samples.Row(filterSpectra, f), FilterSpectrumSize, FilterSpectrumSize, $"filter {f.ToString(CultureInfo.InvariantCulture)}"))
            .ToList();
        const string filterFile = "spectra-filters.png";
        ImageGrid.Write(Path.Combine(outputDirectory, filterFile), filterPanels, columns: 7);

        double lowShare = Enumerable.Range(0, digits.Count).Average(i => SpectrumEnergy.LowFrequencyShare(Samples.Row(spectra, i), height, width));
        double lowFlat = SpectrumEnergy.LowFrequencyShare(Enumerable.Repeat((float)Math.Log(2), planeSize).ToArray(), height, width);
        double axisShare = Enumerable.Range(0, digits.Count).Average(i => SpectrumEnergy.AxisShare(Samples.Row(spectra, i), height, width));
        double axisFlat = (double)(height + width - 1) / planeSize;
        float[] OfDigit(int digit) => Samples.Row(spectra, Enumerable.Range(0, digits.Count).First(i => labels[digits[i]] == digit));
        double Correlation(int a, int b) => SpectrumEnergy.Correlation(OfDigit(a), OfDigit(b));
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["test_accuracy"] = Adversarial.Accuracy(model, data.ValidationX, data.ValidationY),
            ["low_frequency_energy_share"] = lowShare,
            ["low_frequency_share_of_flat_spectrum"] = lowFlat,
            ["low_frequency_excess"] = lowShare - lowFlat,
            ["axis_energy_share"] = axisShare,
            ["axis_share_of_flat_spectrum"] = axisFlat,
            ["axis_excess"] = axisShare - axisFlat,
            ["spectrum_correlation_4_7"] = Correlation(4, 7),
            ["spectrum_correlation_8_1"] = Correlation(8, 1),
            ["spectrum_correlation_8_7"] = Correlation(8, 7),
        };
        values["correlation_gap_4_7_over_8_1"] = values["spectrum_correlation_4_7"] - values["spectrum_correlation_8_1"];
        values["correlation_gap_4_7_over_8_7"] = values["spectrum_correlation_4_7"] - values["spectrum_correlation_8_7"];
        return new AnalysisOutput(values, [
            new AnalysisImage(mapFile, $"the first test image of each digit, channel 0 of {outputLayer} and its centred log-magnitude spectrum"),
            new AnalysisImage(filterFile, $"log-magnitude spectra of the filters of {convolution}, zero-padded to {FilterSpectrumSize}×{FilterSpectrumSize}"),
        ]);
    }
}
