using System.Net;
using KerasNet.Data;

namespace KerasNet.Tests.Data;

public sealed class DatasetStoreTests
{
    private string first = null!;
    private string second = null!;

    [SetUp]
    public void CreateRoots()
    {
        first = Directory.CreateTempSubdirectory("kerasnet-root1-").FullName;
        second = Directory.CreateTempSubdirectory("kerasnet-root2-").FullName;
    }

    [TearDown]
    public void DeleteRoots()
    {
        Directory.Delete(first, recursive: true);
        Directory.Delete(second, recursive: true);
    }

    [Test]
    public void Load_ReadsAVerifiedCopy_WithKerasShapes()
    {
        var (definition, files) = DataFixtures.SmallIdxDataset();
        DataFixtures.WriteAll(second, files);

        var ((xTrain, yTrain), (xTest, yTest)) = Store().Load(definition);

        Assert.That(xTrain.Shape, Is.EqualTo(new[] { 6, 4, 4 }));
        Assert.That(yTrain.Data, Is.EqualTo(new byte[] { 0, 1, 2, 0, 1, 2 }));
        Assert.That(xTest.Shape, Is.EqualTo(new[] { 4, 4, 4 }));
        Assert.That(yTest.Shape, Is.EqualTo(new[] { 4 }));
    }

    [Test]
    public void Locate_PrefersEarlierFolders()
    {
        var (definition, files) = DataFixtures.SmallIdxDataset();
        DataFixtures.WriteAll(first, files);
        DataFixtures.WriteAll(second, files);

        Assert.That(Store().Locate(definition)!.Root.Path, Is.EqualTo(first));
    }

    [Test]
    public void Load_DamagedCopyInAnEarlierFolder_FailsNamingTheFile_InsteadOfFallingBack()
    {
        var (definition, files) = DataFixtures.SmallIdxDataset();
        DataFixtures.WriteAll(second, files);
        files["tiny/train-images.gz"] = files["tiny/train-images.gz"][..30];
        DataFixtures.WriteAll(first, files);

        var error = Assert.Throws<DatasetException>(() => Store().Load(definition));

        Assert.That(error!.Message, Does.StartWith(Path.Combine(first, "tiny/train-images.gz")).And.Contain("SHA-256 mismatch"));
        Assert.That(error.Message, Does.Not.Contain("\n"));
        Assert.That(Store().Check(definition).State, Is.EqualTo(DatasetState.Damaged));
    }

    [Test]
    public void Load_Missing_ListsWhereItLookedAndHowToGetIt()
    {
        var (definition, _) = DataFixtures.SmallIdxDataset([new Uri("http://127.0.0.1:9/")]);

        var error = Assert.Throws<DatasetException>(() => Store().Load(definition));

        Assert.That(error!.Message, Does.Contain(first).And.Contain(second).And.Contain("apt-get install dataset-tiny").And.Contain("reproduce data fetch tiny"));
    }

    [Test]
    public void Load_ImageAndLabelCountsDisagree_NamesBothFiles()
    {
        var (_, files) = DataFixtures.SmallIdxDataset();
        files["tiny/train-labels.gz"] = DataFixtures.Gzip(DataFixtures.IdxLabels(0, 1, 2));
        var definition = Pinned(files);
        DataFixtures.WriteAll(first, files);

        Assert.That(() => Store().Load(definition), Throws.TypeOf<DatasetException>().With.Message.Contain("6 images").And.Message.Contain("3 labels").And.Message.Contain("train-labels.gz"));
    }

    [Test]
    public void Check_UnreadableFormatOnly_SaysWhy()
    {
        var (definition, _) = DataFixtures.SmallIdxDataset();
        definition = definition with { UnreadableFormats = [("tiny-pickles", "that is the pickle version.")] };
        Directory.CreateDirectory(Path.Combine(second, "tiny-pickles"));

        var status = Store().Check(definition);

        Assert.That(status.State, Is.EqualTo(DatasetState.Unreadable));
        Assert.That(status.Detail, Does.Contain("pickle version"));
    }

    [Test]
    public void Fetch_FromALoopbackServer_DownloadsVerifiesAndLoads()
    {
        using var server = new LoopbackFileServer();
        var (definition, files) = DataFixtures.SmallIdxDataset([server.BaseUri]);
        foreach (var (path, bytes) in files)
        {
            server.Serve(path, bytes);
        }

        var data = Store().Load(definition, download: true);

        Assert.That(data.XTrain.Shape, Is.EqualTo(new[] { 6, 4, 4 }));
        Assert.That(File.ReadAllBytes(Path.Combine(second, "tiny/train-images.gz")), Is.EqualTo(files["tiny/train-images.gz"]));
        Assert.That(LeftoverTemporaryFiles(), Is.Empty);
    }

    [Test]
    public void Fetch_WrongBytes_LeavesNoFileAndSaysTheHashDiffers()
    {
        using var server = new LoopbackFileServer();
        var (definition, files) = DataFixtures.SmallIdxDataset([server.BaseUri]);
        server.Serve("tiny/train-images.gz", DataFixtures.Gzip(DataFixtures.IdxImages(6, 5)));

        var error = Assert.Throws<DatasetException>(() => Store().Fetch(definition));

        Assert.That(error!.Message, Does.Contain("matches no pinned hash"));
        Assert.That(File.Exists(Path.Combine(second, "tiny/train-images.gz")), Is.False);
        Assert.That(LeftoverTemporaryFiles(), Is.Empty);
        Assert.That(files, Is.Not.Empty);
    }

    [Test]
    public void Fetch_ConnectionDroppedMidBody_LeavesNoFile()
    {
        using var server = new LoopbackFileServer();
        var (definition, files) = DataFixtures.SmallIdxDataset([server.BaseUri]);
        server.ServeHalfThenDrop("tiny/train-images.gz", files["tiny/train-images.gz"]);

        var error = Assert.Throws<DatasetException>(() => Store().Fetch(definition));

        Assert.That(error!.Message, Does.Contain("tiny/train-images.gz").And.Match("failed after|cut off"));
        Assert.That(File.Exists(Path.Combine(second, "tiny/train-images.gz")), Is.False);
        Assert.That(LeftoverTemporaryFiles(), Is.Empty);
    }

    [Test]
    public void Fetch_404ThenAWorkingMirror_UsesTheMirror_And404AloneIsReported()
    {
        using var broken = new LoopbackFileServer();
        using var mirror = new LoopbackFileServer();
        var (definition, files) = DataFixtures.SmallIdxDataset([broken.BaseUri, mirror.BaseUri]);
        broken.ServeStatus("tiny/train-images.gz", HttpStatusCode.NotFound);
        foreach (var (path, bytes) in files)
        {
            mirror.Serve(path, bytes);
        }

        Assert.That(Store().Fetch(definition).Paths, Has.Count.EqualTo(4));

        var (alone, _) = DataFixtures.SmallIdxDataset([broken.BaseUri]);
        Directory.Delete(Path.Combine(second, "tiny"), recursive: true);
        Assert.That(() => Store().Fetch(alone), Throws.TypeOf<DatasetException>().With.Message.Contain("HTTP 404"));
    }

    private static DatasetDefinition Pinned(Dictionary<string, byte[]> files)
    {
        DatasetFile File(string path) => new(path, new PinnedHash(DataFixtures.Sha256(files[path]), "generated"));
        return new DatasetDefinition("tiny", [DatasetLayout.Idx("IDX", File("tiny/train-images.gz"), File("tiny/train-labels.gz"), File("tiny/test-images"), File("tiny/test-labels"), side: 4, classes: 3)]);
    }

    private DatasetStore Store() => new(new DataRoots([new DataRoot("first", first), new DataRoot("second", second)], second));

    private List<string> LeftoverTemporaryFiles() =>
        Directory.GetFiles(second, "*", SearchOption.AllDirectories).Where(f => f.Contains(".download-", StringComparison.Ordinal)).ToList();
}
