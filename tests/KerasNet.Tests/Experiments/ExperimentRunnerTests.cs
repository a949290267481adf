using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;

namespace KerasNet.Tests.Experiments;

/// <summary>The runner on the real Fashion-MNIST in quick mode (1024 samples, one epoch); skipped without the data.</summary>
[NonParallelizable]
public sealed class ExperimentRunnerTests
{
    private string results = null!;

    [SetUp]
    public void CreateResults()
    {
        if (new DatasetStore().Check(Datasets.FashionMnist).State != DatasetState.Verified)
        {
            Assert.Ignore("Fashion-MNIST is not installed (Debian package dataset-fashion-mnist).");
        }

        results = Directory.CreateTempSubdirectory("kerasnet-runner-").FullName;
    }

    [TearDown]
    public void DeleteResults()
    {
        if (results is not null && Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }
    }

    [Test]
    public void InterruptedThenResumed_RunsOnlyWhatIsMissing_AndMatchesAnUninterruptedRun()
    {
        var experiment = Demo();
        var reference = Runner(Path.Combine(results, "uninterrupted"), lockstep: false).Run(experiment);
        string resumed = Path.Combine(results, "resumed");
        using var cancel = new CancellationTokenSource();
        var stopAfterFirst = new CancelAfterFirstRun(cancel);

        Assert.That(() => Runner(resumed, stopAfterFirst, lockstep: false).Run(experiment, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        var afterInterrupt = RecordFiles(resumed);
        var completed = Runner(resumed, lockstep: false).Run(experiment);

        Assert.That(afterInterrupt, Has.Count.EqualTo(1), "the first run's record survives; the interrupted one left nothing");
        Assert.That(completed, Has.Count.EqualTo(reference.Count - 1), "only the missing runs ran again");
        foreach (var expected in reference)
        {
            var actual = RecordJson.ReadRecord(RecordStore.RecordPath(resumed, experiment.Name, expected.Variant, expected.Seed));
            Assert.That(actual.Epochs.Select(e => e.Metrics), Is.EqualTo(expected.Epochs.Select(e => e.Metrics)), $"{expected.Variant} seed {expected.Seed}");
            Assert.That(actual.Fingerprint, Is.EqualTo(expected.Fingerprint).Using<Fingerprint>((a, b) => a.Losses.SequenceEqual(b.Losses)));
            Assert.That(actual.ConfigHash, Is.EqualTo(expected.ConfigHash));
            Assert.That(actual.Environment.Device, Is.EqualTo("cpu"), "records say where they trained");
        }

        Assert.That(Directory.GetFiles(resumed, "*.tmp*", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public void StoppedMidRun_ContinuesFromItsCheckpoint_AndEqualsAnUninterruptedRun()
    {
        var experiment = ThreeEpochsOnASubset();
        var reference = Runner(Path.Combine(results, "uninterrupted"), lockstep: false, quick: false, seeds: [1]).Run(experiment).Single();
        string resumed = Path.Combine(results, "resumed");
        using var cancel = new CancellationTokenSource();
        string checkpoint = Path.ChangeExtension(RecordStore.RecordPath(resumed, experiment.Name, reference.Variant, 1), ".checkpoint");

        Assert.That(() => Runner(resumed, new CancelInEpoch(cancel, epoch: 2), lockstep: false, quick: false, seeds: [1]).Run(experiment, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(Directory.GetFiles(checkpoint).Select(Path.GetFileName), Is.EquivalentTo(new[] { "training.checkpoint", "run.json" }), "stopped in epoch 3: the checkpoint of epoch 2 is kept");
        var record = Runner(resumed, lockstep: false, quick: false, seeds: [1]).Run(experiment).Single();

        Assert.That(record.ResumedAfter, Is.EqualTo(new[] { 2 }));
        Assert.That(reference.ResumedAfter, Is.Null);
        Assert.That(record.SessionCommits, Is.EqualTo(new[] { record.Environment.GitCommit, record.Environment.GitCommit }), "the commit of each session: where it started and where it finished");
        Assert.That(reference.SessionCommits, Is.Null);
        Assert.That(record.Epochs.Select(e => e.Metrics), Is.EqualTo(reference.Epochs.Select(e => e.Metrics)), "every epoch, the ones before the stop from the checkpoint");
        Assert.That(record.Fingerprint.Losses, Is.EqualTo(reference.Fingerprint.Losses), "the fingerprint of epoch 1, kept in the checkpoint's notes");
        Assert.That(record.WeightsSha256, Is.EqualTo(reference.WeightsSha256), "the same trained weights, bit for bit");
        Assert.That(record.WallTimeSeconds, Is.GreaterThan(0));
        Assert.That(Directory.Exists(checkpoint), Is.False, "the checkpoint goes once the record is written");
    }

    [Test]
    public void ResumedFromACheckpointThatNotedNoCommit_RecordsItsFirstSessionAsUnknown()
    {
        var experiment = ThreeEpochsOnASubset();
        using var cancel = new CancellationTokenSource();
        string notes = Path.Combine(Path.ChangeExtension(RecordStore.RecordPath(results, experiment.Name, "batch=256", 1), ".checkpoint"), "run.json");
        Assert.That(() => Runner(results, new CancelInEpoch(cancel, epoch: 2), lockstep: false, quick: false, seeds: [1]).Run(experiment, cancel.Token), Throws.InstanceOf<OperationCanceledException>());
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(notes))!.AsObject();
        Assert.That(json.Remove("sessionCommits"), Is.True, "the notes name the session's commit");
        File.WriteAllText(notes, json.ToJsonString());

        var record = Runner(results, lockstep: false, quick: false, seeds: [1]).Run(experiment).Single();

        Assert.That(record.SessionCommits, Is.EqualTo(new[] { "unknown", record.Environment.GitCommit }));
    }

    [Test]
    public void StoppedAfterItsLastEpoch_BeforeTheRecord_IsWrittenFromTheCheckpoint_WithoutTrainingAgain()
    {
        var experiment = ThreeEpochsOnASubset();
        string path = RecordStore.RecordPath(results, experiment.Name, "batch=256", 1);
        Directory.CreateDirectory(RecordStore.WeightsPath(path));

        Assert.That(() => Runner(results, lockstep: false, quick: false, seeds: [1]).Run(experiment), Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>(), "the weights cannot be written where a folder stands");
        Directory.Delete(RecordStore.WeightsPath(path));
        var record = Runner(results, lockstep: false, quick: false, seeds: [1]).Run(experiment).Single();
        var fresh = Runner(Path.Combine(results, "fresh"), lockstep: false, quick: false, seeds: [1]).Run(experiment).Single();

        Assert.That(record.ResumedAfter, Is.EqualTo(new[] { 3 }), "resumed after its last epoch: nothing left to train");
        Assert.That(record.Epochs.Select(e => e.Metrics), Is.EqualTo(fresh.Epochs.Select(e => e.Metrics)));
        Assert.That(record.WeightsSha256, Is.EqualTo(fresh.WeightsSha256));
    }

    [Test]
    public void Checkpoint_OfAnotherConfig_IsDiscarded_AndTheRunStartsOver()
    {
        var experiment = ThreeEpochsOnASubset();
        using var cancel = new CancellationTokenSource();
        Assert.That(() => Runner(results, new CancelInEpoch(cancel, epoch: 2), lockstep: false, quick: false, seeds: [1]).Run(experiment, cancel.Token), Throws.InstanceOf<OperationCanceledException>());

        var record = Runner(results, lockstep: false, quick: false, seeds: [1]).Run(WithEpsilon(experiment, 1e-3)).Single();
        var fresh = Runner(Path.Combine(results, "fresh"), lockstep: false, quick: false, seeds: [1]).Run(WithEpsilon(experiment, 1e-3)).Single();

        Assert.That(record.ResumedAfter, Is.Null, "the checkpoint was made under epsilon 1e-7");
        Assert.That(record.Epochs.Select(e => e.Metrics), Is.EqualTo(fresh.Epochs.Select(e => e.Metrics)));
    }

    [Test]
    public void ComputeFingerprint_EqualsTheRecordedOne_AndChangesWithTheAdamEpsilon()
    {
        var experiment = Demo();
        var record = Runner(results).Run(experiment)[0];

        var again = Runner(results).ComputeFingerprint(experiment, record.Variant, record.Seed, record.Fingerprint.Steps, record.LockstepSeeds);
        var changed = Runner(results).ComputeFingerprint(WithEpsilon(experiment, 1e-3), record.Variant, record.Seed, record.Fingerprint.Steps, record.LockstepSeeds);

        Assert.That(again.Losses, Is.EqualTo(record.Fingerprint.Losses));
        Assert.That(changed.Losses, Is.Not.EqualTo(record.Fingerprint.Losses));
    }

    [Test]
    public void Lockstep_TrainsAVariantsSeedsTogether_AsTheySingleRunsWould_AndSaysSo()
    {
        var experiment = Demo();
        var together = Runner(Path.Combine(results, "together")).Run(experiment);
        var alone = Runner(Path.Combine(results, "alone"), lockstep: false).Run(experiment);

        Assert.That(together.Select(r => r.LockstepSeeds), Is.All.EqualTo(new[] { 1, 2 }));
        Assert.That(alone.Select(r => r.LockstepSeeds), Is.All.Null);
        foreach (var (lockstep, single) in together.Zip(alone))
        {
            string run = $"{single.Variant} seed {single.Seed}";
            Assert.That((lockstep.Variant, lockstep.Seed, lockstep.ConfigHash), Is.EqualTo((single.Variant, single.Seed, single.ConfigHash)), run);
            Assert.That(lockstep.Fingerprint.Losses, Is.EqualTo(single.Fingerprint.Losses).Within(1e-4).Percent, run);
            Assert.That(lockstep.Epochs.Select(e => e.Metrics["val_accuracy"]), Is.EqualTo(single.Epochs.Select(e => e.Metrics["val_accuracy"])).Within(2.0 / 512), $"{run}: at most a prediction in 512 flips");
            var recomputed = Runner(results).ComputeFingerprint(experiment, lockstep.Variant, lockstep.Seed, lockstep.Fingerprint.Steps, lockstep.LockstepSeeds);
            Assert.That(recomputed.Losses, Is.EqualTo(lockstep.Fingerprint.Losses), $"{run}: recomputed in lockstep, bit-identical");
        }
    }

    [Test]
    public void OneAtATime_HoldsOnlyTheRunItTrains_SoAnotherProcessCanTakeTheNextSeed()
    {
        var experiment = ThreeEpochsOnASubset();
        string directory = Path.Combine(results, "shared");
        var probe = new ProbeLocksAtStart(directory, experiment.Name);

        Runner(directory, probe, lockstep: false, seeds: [1, 2]).Run(experiment);

        Assert.That(probe.Probes, Is.EqualTo(new[] { (1, false, true), (2, false, true) }), "each run's own lock held, the next seed's free");
        Assert.That(Directory.GetFiles(directory, "*.lock", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ".lock"), Is.Empty, "no run lock left behind");
    }

    [Test]
    public void HeldOutValidation_WithEvaluate_RecordsTrainAndTestSetMetricsBesideTheValidation()
    {
        var demo = Demo();
        var experiment = new ImageClassificationExperiment(demo.Config with
        {
            Data = new KerasNet.Experiments.Configuration.DataSelection { HeldOutValidation = 0.1 },
            Training = demo.Config.Training with { Evaluate = ["train", "test"] },
        });

        var record = Runner(results, lockstep: false).Run(experiment)[0];
        var metrics = record.Epochs[^1].Metrics;

        Assert.That(metrics.Keys, Is.SupersetOf(new[] { "train_accuracy", "train_loss", "test_accuracy", "test_loss", "val_accuracy" }));
        Assert.That(metrics["test_loss"], Is.Not.EqualTo(metrics["val_loss"]), "the test set is not the held-out validation set");
        Assert.That(metrics["train_loss"], Is.Not.EqualTo(metrics["loss"]), "the whole training set after the epoch, not the running mean");
    }

    [Test]
    public void EvaluateTest_WithoutHeldOutValidation_IsAConfigurationError()
    {
        var demo = Demo();
        var experiment = new ImageClassificationExperiment(demo.Config with { Training = demo.Config.Training with { Evaluate = ["test"] } });

        Assert.That(() => Runner(results, lockstep: false).Run(experiment), Throws.InstanceOf<ConfigurationException>().With.Message.Contains("evaluate names 'test', but the run is validated on the test set itself"));
    }

    private static Experiment Demo() =>
        ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(SeedSetTests.RepositoryRoot(), "configs"));

    private static Experiment WithEpsilon(Experiment experiment, double epsilon) =>
        new ImageClassificationExperiment(experiment.Config with { Training = experiment.Config.Training with { Epsilon = epsilon } });

    /// <summary>The demo's batch=256 variant for 3 epochs on the first 1024 training and 512 test images.</summary>
    private static Experiment ThreeEpochsOnASubset()
    {
        var demo = Demo();
        return new ImageClassificationExperiment(demo.Config with
        {
            Data = new KerasNet.Experiments.Configuration.DataSelection
            {
                Train = new KerasNet.Experiments.Configuration.SampleSelection { First = 1024 },
                Test = new KerasNet.Experiments.Configuration.SampleSelection { First = 512 },
            },
            Training = demo.Config.Training with { Epochs = 3 },
            Variants = [.. demo.Config.Variants.Where(v => v.Name == "batch=256")],
        });
    }

    private static ExperimentRunner Runner(string directory, IRunProgress? progress = null, bool lockstep = true, bool quick = true, int[]? seeds = null) => new(
        new RunOptions
        {
            ResultsDirectory = directory,
            RepositoryRoot = SeedSetTests.RepositoryRoot(),
            Seeds = seeds ?? [1, 2],
            Quick = quick,
            Data = new DatasetStore(),
            FingerprintSteps = 5,
            Lockstep = lockstep,
        },
        progress);

    private static List<string> RecordFiles(string directory) =>
        Directory.Exists(directory) ? [.. Directory.GetFiles(directory, "seed-*.json", SearchOption.AllDirectories)] : [];

    /// <summary>Progress that reports nothing; the probes below override what they watch.</summary>
    private class QuietProgress : IRunProgress
    {
        public virtual void RunStarting(string variant, int seed, int index, int total, int epochs)
        {
        }

        public void RunResumed(string variant, int seed, int epochs)
        {
        }

        public void RunBusy(string variant, int seed, string lockPath)
        {
        }

        public void RunSkipped(string variant, int seed, string path)
        {
        }

        public void RunShared(RunRecord record, string path)
        {
        }

        public virtual void Step(int epoch, int batch, int batches, double loss, double accuracy)
        {
        }

        public virtual void RunFinished(RunRecord record, string path)
        {
        }

        public void AnalysisSkipped(string variant, int seed, string path)
        {
        }

        public void AnalysisFinished(KerasNet.Experiments.Analysis.AnalysisRecord record, string path)
        {
        }
    }

    private sealed class CancelAfterFirstRun(CancellationTokenSource cancel) : QuietProgress
    {
        public override void RunFinished(RunRecord record, string path) => cancel.Cancel();
    }

    /// <summary>Cancels at the first step of a 0-based epoch (the next step's check stops the run).</summary>
    private sealed class CancelInEpoch(CancellationTokenSource cancel, int epoch) : QuietProgress
    {
        public override void Step(int current, int batch, int batches, double loss, double accuracy)
        {
            if (current == epoch)
            {
                cancel.Cancel();
            }
        }
    }

    /// <summary>When a run starts, tries its own lock and the next seed's, as a second process would.</summary>
    private sealed class ProbeLocksAtStart(string directory, string experiment) : QuietProgress
    {
        public List<(int Seed, bool OwnFree, bool NextFree)> Probes { get; } = [];

        public override void RunStarting(string variant, int seed, int index, int total, int epochs)
        {
            Probes.Add((seed, Free(variant, seed), Free(variant, seed + 1)));
        }

        private bool Free(string variant, int seed)
        {
            using var probe = RunLock.TryAcquire(RecordStore.RecordPath(directory, experiment, variant, seed));
            return probe is not null;
        }
    }
}
