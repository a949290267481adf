using KerasNet.Data;
using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments;

/// <summary>
/// The reports' common set-up: pixels scaled by 1/255 (or the data section's <c>rescale</c> and <c>offset</c>), a channel axis added when the model takes
/// (h, w, 1) images, one-hot targets (class indices for a sparse loss), and the test set as validation data.
/// </summary>
public class ImageClassificationExperiment(ExperimentConfig config) : Experiment(config)
{
    /// <inheritdoc />
    public override string Preparation => ExperimentKinds.ImageClassification;

    /// <inheritdoc />
    public override PreparedData Prepare(ImageDataset data, TrainingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(settings);
        int inputRank = Architectures.ModelCatalog.Get(settings.Model!).InputShape.Rank;
        bool sparse = settings.Loss!.ToLoss() is Losses.SparseCategoricalCrossentropy;
        NDArray<float> Inputs(NDArray<byte> images)
        {
            var x = DataUtilities.Normalize(images, Config.Data?.Rescale is { } rescale ? 1 / rescale : 255.0, Config.Data?.Offset ?? 0);
            return x.Shape.Count == inputRank ? DataUtilities.ExpandChannels(x) : x;
        }

        NDArray<float> Targets(NDArray<byte> labels) => sparse ? DataUtilities.ToIndices(labels) : DataUtilities.ToCategorical(labels, ClassCount);
        return new PreparedData(Inputs(data.XTrain), Targets(data.YTrain), Inputs(data.XTest), Targets(data.YTest));
    }
}
