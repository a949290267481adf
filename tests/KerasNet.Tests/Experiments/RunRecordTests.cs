using KerasNet.Experiments;
using KerasNet.Experiments.Records;

namespace KerasNet.Tests.Experiments;

public sealed class RunRecordTests : TemporaryDirectoryTest
{
    [Test]
    public void WriteThenRead_RoundTripsEveryField_IncludingNaNOfADivergedRun()
    {
        var record = Sample(RunStatus.Diverged, double.NaN);
        string path = Path.Combine(TempDirectory, "v", "seed-1.json");

        RecordJson.WriteAtomically(path, record);
        var read = RecordJson.ReadRecord(path);

        Assert.That(read.Status, Is.EqualTo(RunStatus.Diverged));
        Assert.That(read.Epochs[1].Metrics["loss"], Is.NaN);
        Assert.That(read.Epochs[0].Metrics, Is.EqualTo(record.Epochs[0].Metrics));
        Assert.That(read.Fingerprint.Losses, Is.EqualTo(record.Fingerprint.Losses));
        Assert.That(read.Environment, Is.EqualTo(record.Environment));
        Assert.That(File.ReadAllText(path), Does.Contain("\"status\": \"diverged\""));
    }

    [Test]
    public void WriteAtomically_FailingMidway_LeavesThePreviousFileAndNoTemporary()
    {
        string path = Path.Combine(TempDirectory, "seed-1.json");
        RecordJson.WriteAtomically(path, Sample(RunStatus.Completed, 0.5));
        string before = File.ReadAllText(path);

        Assert.That(() => RecordJson.WriteAtomically(path, new ThrowsWhenSerialized()), Throws.InvalidOperationException);

        Assert.That(File.ReadAllText(path), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(TempDirectory), Is.EqualTo(new[] { path }));
    }

    [Test]
    public void ReadRecord_OtherSchemaOrGarbage_ThrowsNamingTheFile()
    {
        string old = Path.Combine(TempDirectory, "old.json");
        RecordJson.WriteAtomically(old, Sample(RunStatus.Completed, 0.5) with { SchemaVersion = 0 });
        string garbage = Path.Combine(TempDirectory, "garbage.json");
        File.WriteAllText(garbage, "{ not json");

        Assert.That(() => RecordJson.ReadRecord(old), Throws.TypeOf<ConfigurationException>().With.Message.StartsWith(old).And.Message.Contain("schema 0"));
        Assert.That(() => RecordJson.ReadRecord(garbage), Throws.TypeOf<ConfigurationException>().With.Message.StartsWith(garbage));
    }

    [Test]
    public void RunLock_IsExclusivePerRun_AndRemovedOnDispose()
    {
        string first = Path.Combine(TempDirectory, "v", "seed-1.json");
        string second = Path.Combine(TempDirectory, "v", "seed-2.json");
        using (var held = RunLock.TryAcquire(first))
        {
            Assert.That(held, Is.Not.Null);
            Assert.That(RunLock.TryAcquire(first), Is.Null);
            Assert.That(() => RunLock.Acquire(first), Throws.TypeOf<ConfigurationException>().With.Message.EqualTo($"{RunLock.PathOf(first)}: another reproduce process is working on this run; wait for it or stop it."));
            using var other = RunLock.TryAcquire(second);
            Assert.That(other, Is.Not.Null, "another run of the same experiment is free");
        }

        Assert.That(File.Exists(RunLock.PathOf(first)), Is.False);
        using var again = RunLock.Acquire(first);
    }

    [Test]
    public void SummaryLock_WaitsForItsHolder_ThenFailsNamingTheFile()
    {
        using (SummaryLock.Acquire(TempDirectory, TimeSpan.Zero))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.That(() => SummaryLock.Acquire(TempDirectory, TimeSpan.FromMilliseconds(300)), Throws.TypeOf<ConfigurationException>().With.Message.StartWith(Path.Combine(TempDirectory, ".lock") + ": another reproduce process"));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(300)));
        }

        using var again = SummaryLock.Acquire(TempDirectory, TimeSpan.Zero);
    }

    [Test]
    public void Provenance_ReadsThisRepositorysCommitAndTheEngine()
    {
        var environment = Provenance.Capture(SeedSetTests.RepositoryRoot());

        Assert.That(environment.GitCommit, Does.Match("^[0-9a-f]{40}$|^unknown$"));
        Assert.That(environment.TorchSharp, Is.EqualTo("0.107.0"));
        Assert.That(environment.Threads, Is.Positive);
        Assert.That(environment.Cpu, Is.Not.Empty);
    }

    private static RunRecord Sample(RunStatus status, double secondLoss) => new(
        RunRecord.CurrentSchemaVersion,
        "demo/experiment",
        "lr=0.001",
        1,
        status,
        new string('a', 64),
        new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero),
        12.5,
        new RunEnvironment("0123", false, "0.107.0", "2.10.0", "10.0.0", "Linux", "cpu", 2),
        [new EpochRecord(1, new Dictionary<string, double> { ["loss"] = 0.7, ["accuracy"] = 0.8 }), new EpochRecord(2, new Dictionary<string, double> { ["loss"] = secondLoss })],
        [new EpochRecord(0.5, new Dictionary<string, double> { ["loss"] = 0.9 })],
        new Fingerprint(3, [2.3, 2.1, 1.9]));

    private sealed class ThrowsWhenSerialized
    {
        public string First => "written";

        public string Second => throw new InvalidOperationException("serialization failed midway");
    }

    [Test]
    public void RunAddress_ReadsAndWritesTheSharedFromForm()
    {
        var address = RunAddress.Parse("kipping2022/hyperparameter-grid/lr=0.001,batch=128/seed-3");

        Assert.That(address, Is.EqualTo(new RunAddress("kipping2022/hyperparameter-grid", "lr=0.001,batch=128", 3)));
        Assert.That(address.ToString(), Is.EqualTo("kipping2022/hyperparameter-grid/lr=0.001,batch=128/seed-3"));
        Assert.That(() => RunAddress.Parse("kipping2022/grid/seed-3"), Throws.InstanceOf<FormatException>());
        Assert.That(() => RunAddress.Parse("kipping2022/grid/a/seed-x"), Throws.InstanceOf<FormatException>());
    }
}
