using KerasNet.Data;
using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

public sealed class DataCommandsTests : TemporaryDirectoryTest
{
    [Test]
    public void List_EmptyFolder_ShowsEveryDatasetMissingWithTheHint()
    {
        using var output = new StringWriter();
        using var log = Logging.Create(null);

        DataCommands.Run(["list"], Store(), output, log);

        string text = output.ToString();
        Assert.That(text, Does.Contain("mnist          missing").And.Contain("cifar10        missing").And.Contain("fashion-mnist  missing"));
        Assert.That(text, Does.Contain("apt-get install dataset-fashion-mnist").And.Contain("reproduce data fetch mnist").And.Contain(TempDirectory));
    }

    [Test]
    public void Check_TruncatedFashionMnistCopy_FailsWithOneLineNamingTheFile()
    {
        string source = "/usr/share/datasets/fashion-mnist";
        if (!Directory.Exists(source))
        {
            Assert.Ignore("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist).");
        }

        string copy = Directory.CreateDirectory(Path.Combine(TempDirectory, "fashion-mnist")).FullName;
        foreach (string file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        string damaged = Path.Combine(copy, "t10k-labels-idx1-ubyte.gz");
        File.WriteAllBytes(damaged, File.ReadAllBytes(damaged)[..1000]);
        using var log = Logging.Create(null);

        var error = Assert.Throws<DatasetException>(() => DataCommands.Run(["check", "fashion-mnist"], Store(), TextWriter.Null, log));

        Assert.That(error!.Message, Does.StartWith(damaged).And.Not.Contain("\n"));
    }

    [TestCase("train-labels-idx1-ubyte", -1, TestName = "Check_TruncatedMnistFile_FailsWithOneLineNamingTheFile")]
    [TestCase("t10k-images-idx3-ubyte", 5000, TestName = "Check_MnistFileWithOneFlippedByte_FailsWithOneLineNamingTheFile")]
    public void Check_DamagedMnistCopy_FailsWithOneLineNamingTheFile(string file, int flippedByte)
    {
        var source = new DatasetStore().Locate(Datasets.Mnist);
        if (source is null || source.Layout.Description != "IDX files (raw)")
        {
            Assert.Ignore("MNIST's raw IDX files are not present (reproduce data fetch mnist).");
        }

        string copy = Directory.CreateDirectory(Path.Combine(TempDirectory, "mnist")).FullName;
        foreach (string path in source.Paths)
        {
            File.Copy(path, Path.Combine(copy, Path.GetFileName(path)));
        }

        string damaged = Path.Combine(copy, file);
        byte[] bytes = File.ReadAllBytes(damaged);
        if (flippedByte < 0)
        {
            bytes = bytes[..^1];
        }
        else
        {
            bytes[flippedByte] ^= 0x01;
        }

        File.WriteAllBytes(damaged, bytes);
        using var log = Logging.Create(null);

        var damagedFirst = new DatasetStore(new DataRoots([new DataRoot("KERASNET_DATA", TempDirectory), source.Root], TempDirectory));

        var error = Assert.Throws<DatasetException>(() => DataCommands.Run(["check", "mnist"], damagedFirst, TextWriter.Null, log));

        Assert.That(error!.Message, Does.StartWith(damaged).And.Contain("SHA-256 mismatch").And.Not.Contain("\n"));
        Assert.That(File.ReadAllBytes(damaged), Is.EqualTo(bytes), "the damaged copy is reported, not replaced nor passed over for the intact one");
    }

    [Test]
    public void UnknownDataset_IsAUsageError()
    {
        using var log = Logging.Create(null);

        Assert.That(() => DataCommands.Run(["fetch", "imagenet"], Store(), TextWriter.Null, log), Throws.TypeOf<UsageException>().With.Message.Contain("mnist, fashion-mnist, cifar10"));
    }

    private DatasetStore Store() => new(new DataRoots([new DataRoot("KERASNET_DATA", TempDirectory)], TempDirectory));
}
