namespace KerasNet.Data;

/// <summary>Fashion-MNIST clothing images: x (60000, 28, 28) / (10000, 28, 28) uint8, y (n) uint8 in 0..9 (Keras <c>keras.datasets</c>).</summary>
public static class FashionMnist
{
    /// <summary>Finds, verifies and reads the dataset (Keras <c>load_data()</c>).</summary>
    /// <param name="store">Where to look. The default value searches KERASNET_DATA, Keras's cache and /usr/share/datasets.</param>
    /// <param name="download">Download into the cache when missing. The default value is false.</param>
    /// <exception cref="DatasetException">Missing, damaged or malformed; the message names the file and the problem.</exception>
    public static ImageDataset LoadData(DatasetStore? store = null, bool download = false) =>
        (store ?? new DatasetStore()).Load(Datasets.FashionMnist, download);
}
