using KerasNet.Data;
using KerasNet.Data.Formats;

namespace KerasNet.Tests.Data;

public sealed class FormatTests : TemporaryDirectoryTest
{
    [Test]
    public void Idx_GzipAndRaw_ReadTheSameImages()
    {
        var raw = DataFixtures.IdxImages(3, 5);
        string gz = Write("images.gz", DataFixtures.Gzip(raw));
        string plain = Write("images", raw);

        var fromGzip = IdxFormat.ReadImages(gz, 5, 5);
        var fromRaw = IdxFormat.ReadImages(plain, 5, 5);

        Assert.That(fromGzip.Shape, Is.EqualTo(new[] { 3, 5, 5 }));
        Assert.That(fromGzip.Data, Is.EqualTo(raw[16..]));
        Assert.That(fromRaw.Data, Is.EqualTo(fromGzip.Data));
    }

    [Test]
    public void Idx_WrongMagic_NamesFileAndMagic()
    {
        string path = Write("labels-as-images", DataFixtures.IdxImages(2, 4, magic: 0x00000801));

        Assert.That(() => IdxFormat.ReadImages(path, 4, 4), Throws.TypeOf<DatasetException>().With.Message.StartsWith(path).And.Message.Contain("wrong magic number 0x00000801"));
    }

    [Test]
    public void Idx_Truncated_SaysHowMuchIsThere()
    {
        string path = Write("cut", DataFixtures.IdxImages(2, 4)[..20]);

        Assert.That(() => IdxFormat.ReadImages(path, 4, 4), Throws.TypeOf<DatasetException>().With.Message.StartsWith(path).And.Message.Contain("truncated IDX file (4 of 32 data bytes"));
    }

    [Test]
    public void Idx_TruncatedGzip_IsReportedAsTruncatedOrCorrupt()
    {
        var gz = DataFixtures.Gzip(DataFixtures.IdxImages(50, 10));
        string path = Write("cut.gz", gz[..(gz.Length / 2)]);

        Assert.That(() => IdxFormat.ReadImages(path, 10, 10), Throws.TypeOf<DatasetException>().With.Message.StartsWith(path).And.Message.Match("truncated|corrupt"));
    }

    [Test]
    public void Idx_CorruptGzip_NamesFile()
    {
        var gz = DataFixtures.Gzip(DataFixtures.IdxImages(50, 10));
        for (int i = 20; i < 60; i++)
        {
            gz[i] ^= 0xff;
        }

        string path = Write("corrupt.gz", gz);

        Assert.That(() => IdxFormat.ReadImages(path, 10, 10), Throws.TypeOf<DatasetException>().With.Message.StartsWith(path).And.Message.Match("corrupt gzip|truncated"));
    }

    [Test]
    public void Idx_WrongDimensions_NamesBoth()
    {
        string path = Write("images", DataFixtures.IdxImages(2, 5));

        Assert.That(() => IdxFormat.ReadImages(path, 28, 28), Throws.TypeOf<DatasetException>().With.Message.Contain("5×5").And.Message.Contain("28×28"));
    }

    [Test]
    public void Idx_LabelOutOfRange_NamesIndexAndValue()
    {
        string path = Write("labels", DataFixtures.IdxLabels(1, 2, 10));

        Assert.That(() => IdxFormat.ReadLabels(path, 10), Throws.TypeOf<DatasetException>().With.Message.Contain("label 10 at index 2"));
    }

    [Test]
    public void Idx_TrailingBytes_AreAnError()
    {
        string path = Write("labels", [.. DataFixtures.IdxLabels(1, 2), 7]);

        Assert.That(() => IdxFormat.ReadLabels(path, 10), Throws.TypeOf<DatasetException>().With.Message.Contain("1 unexpected bytes"));
    }

    [Test]
    public void Cifar10Binary_ConvertsPlanesToChannelsLastAndLabelsToColumn()
    {
        var (images, labels) = Cifar10BinaryFormat.Decode([("batch", DataFixtures.CifarBatch())]);

        Assert.That(images.Shape, Is.EqualTo(new[] { 10000, 32, 32, 3 }));
        Assert.That(labels.Shape, Is.EqualTo(new[] { 10000, 1 }));
        int record = 3;
        int pixel = (2 * 32) + 5;
        int at = (((record * 32 * 32) + pixel) * 3) + 1;
        Assert.That(images.Data[at], Is.EqualTo((byte)(record + 7 + pixel)), "green channel of pixel (2, 5) of record 3");
        Assert.That(labels.Data[..4], Is.EqualTo(new byte[] { 0, 1, 2, 3 }));
    }

    [Test]
    public void Cifar10Binary_TruncatedBatch_NamesFile()
    {
        Assert.That(() => Cifar10BinaryFormat.Decode([("data_batch_1.bin", new byte[3073 * 10])]), Throws.TypeOf<DatasetException>().With.Message.StartsWith("data_batch_1.bin: truncated"));
    }

    [Test]
    public void Cifar10Binary_LabelOutOfRange_NamesRecord()
    {
        var batch = DataFixtures.CifarBatch();
        batch[3073 * 5] = 12;

        Assert.That(() => Cifar10BinaryFormat.Decode([("b.bin", batch)]), Throws.TypeOf<DatasetException>().With.Message.Contain("label 12 of record 5"));
    }

    [Test]
    public void Npz_ReadsUInt8Arrays_AndRejectsOtherTypes()
    {
        string good = Write("a.npz", DataFixtures.Npz(("x", [2, 3], [1, 2, 3, 4, 5, 6], "|u1")));
        string floats = Write("b.npz", DataFixtures.Npz(("x", [2], new byte[8], "<f4")));

        var arrays = NpzFormat.ReadUInt8(good, "x");

        Assert.That(arrays["x"].Shape, Is.EqualTo(new[] { 2, 3 }));
        Assert.That(arrays["x"].Data, Is.EqualTo(new byte[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(() => NpzFormat.ReadUInt8(floats, "x"), Throws.TypeOf<DatasetException>().With.Message.Contain("uint8"));
        Assert.That(() => NpzFormat.ReadUInt8(good, "y"), Throws.TypeOf<DatasetException>().With.Message.Contain("no array 'y'"));
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(TempDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
