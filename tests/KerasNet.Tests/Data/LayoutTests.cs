using KerasNet.Data;

namespace KerasNet.Tests.Data;

public sealed class LayoutTests : TemporaryDirectoryTest
{
    [Test]
    public void Npz_KerasMnistStyle_LoadsAllFourArrays()
    {
        var npz = DataFixtures.Npz(
            ("x_train", [2, 4, 4], new byte[32], "|u1"),
            ("y_train", [2], [3, 9], "|u1"),
            ("x_test", [1, 4, 4], new byte[16], "|u1"),
            ("y_test", [1], [0], "|u1"));
        File.WriteAllBytes(Path.Combine(TempDirectory, "m.npz"), npz);
        var definition = new DatasetDefinition("m", [DatasetLayout.Npz("npz", new DatasetFile("m.npz", new PinnedHash(DataFixtures.Sha256(npz), "generated")), side: 4)]);

        var data = Store().Load(definition);

        Assert.That(data.XTrain.Shape, Is.EqualTo(new[] { 2, 4, 4 }));
        Assert.That(data.YTrain.Data, Is.EqualTo(new byte[] { 3, 9 }));
        Assert.That(data.YTest.Shape, Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public void Cifar10_BatchesAndArchive_GiveTheSameArrays()
    {
        var train = DataFixtures.CifarBatch();
        var test = DataFixtures.CifarBatch(labelOffset: 3);
        var archive = DataFixtures.TarGz(("c/train.bin", train), ("c/test.bin", test));
        Directory.CreateDirectory(Path.Combine(TempDirectory, "c"));
        File.WriteAllBytes(Path.Combine(TempDirectory, "c", "train.bin"), train);
        File.WriteAllBytes(Path.Combine(TempDirectory, "c", "test.bin"), test);
        File.WriteAllBytes(Path.Combine(TempDirectory, "c.tar.gz"), archive);
        var batches = DatasetLayout.Cifar10Batches("batches", [Pin("c/train.bin", train)], Pin("c/test.bin", test));
        var packed = DatasetLayout.Cifar10Archive("archive", Pin("c.tar.gz", archive), ["c/train.bin"], "c/test.bin");

        var fromBatches = Store().Load(new DatasetDefinition("c", [batches]));
        var fromArchive = Store().Load(new DatasetDefinition("c", [packed]));

        Assert.That(fromBatches.XTrain.Shape, Is.EqualTo(new[] { 10000, 32, 32, 3 }));
        Assert.That(fromBatches.YTest.Shape, Is.EqualTo(new[] { 10000, 1 }));
        Assert.That(fromBatches.YTest.Data[0], Is.EqualTo(3));
        Assert.That(fromArchive.XTrain.Data, Is.EqualTo(fromBatches.XTrain.Data));
        Assert.That(fromArchive.YTest.Data, Is.EqualTo(fromBatches.YTest.Data));
    }

    [Test]
    public void Cifar10Archive_MissingEntry_NamesIt()
    {
        var archive = DataFixtures.TarGz(("c/train.bin", DataFixtures.CifarBatch()));
        File.WriteAllBytes(Path.Combine(TempDirectory, "c.tar.gz"), archive);
        var packed = DatasetLayout.Cifar10Archive("archive", Pin("c.tar.gz", archive), ["c/train.bin"], "c/test.bin");

        Assert.That(() => Store().Load(new DatasetDefinition("c", [packed])), Throws.TypeOf<DatasetException>().With.Message.Contain("no entry 'c/test.bin'"));
    }

    private static DatasetFile Pin(string path, byte[] bytes) => new(path, new PinnedHash(DataFixtures.Sha256(bytes), "generated"));

    private DatasetStore Store() => new(new DataRoots([new DataRoot("test", TempDirectory)], TempDirectory));
}
