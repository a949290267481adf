using KerasNet.Callbacks;
using KerasNet.Layers;
using KerasNet.Models;

namespace KerasNet.Tests.Models;

/// <summary>
/// <see cref="BackupAndRestore"/>: a fit stopped after an epoch and resumed from its checkpoint equals one never stopped,
/// bit for bit (shuffled batches, dropout, Adam's slots and step count, several evaluations per epoch).
/// </summary>
public sealed class BackupAndRestoreTests : TemporaryDirectoryTest
{
    private const int Epochs = 4;

    [Test]
    public void InterruptedAndResumed_EqualsAnUninterruptedFit()
    {
        var (x, y) = Data(96, seed: 3);
        var validation = Data(32, seed: 4);
        var straight = Model(seed: 7);
        var expected = Fit(straight, x, y, validation, new BackupAndRestore(Path.Combine(TempDirectory, "straight")));

        var backup = new BackupAndRestore(Path.Combine(TempDirectory, "stopped"));
        Assert.That(() => Fit(Model(seed: 7), x, y, validation, backup, new StopAfterEpoch(1)), Throws.InstanceOf<StopAfterEpoch.Stopped>());
        Assert.That(File.Exists(backup.CheckpointPath), Is.True, "the interrupted fit left its checkpoint of epoch 2");
        var resumedModel = Model(seed: 12345);
        var resumed = Fit(resumedModel, x, y, validation, backup);

        Assert.That(backup.RestoredEpochs, Is.EqualTo(2));
        Assert.That(resumed.Epochs, Is.EqualTo(expected.Epochs), "every epoch's logs, the restored ones and the ones trained after");
        Assert.That(resumed.Evaluations, Is.EqualTo(expected.Evaluations));
        Assert.That(Flat(resumedModel), Is.EqualTo(Flat(straight)), "the weights, although the resumed model was built from another seed");
        Assert.That(resumedModel.Optimizer!.Iterations, Is.EqualTo(straight.Optimizer!.Iterations));
        Assert.That(File.Exists(backup.CheckpointPath), Is.False, "a fit that ends normally deletes its checkpoint");
    }

    [Test]
    public void KeptCheckpoint_OfAFinishedFit_TrainsNothingMore()
    {
        var (x, y) = Data(96, seed: 3);
        var validation = Data(32, seed: 4);
        var backup = new BackupAndRestore(Path.Combine(TempDirectory, "kept"), deleteCheckpoint: false);
        var first = Model(seed: 7);
        var expected = Fit(first, x, y, validation, backup);

        var again = Model(seed: 8);
        var history = Fit(again, x, y, validation, backup);

        Assert.That(backup.RestoredEpochs, Is.EqualTo(Epochs));
        Assert.That(history.Epochs, Is.EqualTo(expected.Epochs));
        Assert.That(Flat(again), Is.EqualTo(Flat(first)));
    }

    [Test]
    public void Checkpoint_OfAnotherFit_IsRefusedWithTheFileAndTheDifference()
    {
        var (x, y) = Data(96, seed: 3);
        var validation = Data(32, seed: 4);
        var backup = new BackupAndRestore(Path.Combine(TempDirectory, "other"), deleteCheckpoint: false);
        Fit(Model(seed: 7), x, y, validation, backup);
        var model = Model(seed: 7);

        Assert.That(
            () => model.Fit(x, y, batchSize: 32, epochs: Epochs, validationData: validation, callbacks: [backup]),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains(backup.CheckpointPath).And.Message.Contains("batch size is 16; this fit's is 32"));
    }

    [Test]
    public void TruncatedCheckpoint_IsRefused()
    {
        var (x, y) = Data(96, seed: 3);
        var validation = Data(32, seed: 4);
        var backup = new BackupAndRestore(Path.Combine(TempDirectory, "cut"), deleteCheckpoint: false);
        Fit(Model(seed: 7), x, y, validation, backup);
        var bytes = File.ReadAllBytes(backup.CheckpointPath);
        File.WriteAllBytes(backup.CheckpointPath, bytes[..(bytes.Length / 2)]);

        Assert.That(() => Fit(Model(seed: 7), x, y, validation, backup), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("truncated"));
    }

    private static History Fit(Sequential model, NDArray<float> x, NDArray<float> y, (NDArray<float> X, NDArray<float> Y) validation, params Callback[] callbacks) =>
        model.Fit(x, y, batchSize: 16, epochs: Epochs, validationData: validation, callbacks: callbacks, evaluationsPerEpoch: 2);

    private static Sequential Model(int seed)
    {
        Seeding.SetRandomSeed(seed);
        var model = new Sequential(
            new InputLayer(6),
            new Dense(16, activation: "relu"),
            new Dropout(0.3),
            new Dense(3, activation: "softmax"));
        model.Compile("adam", "categorical_crossentropy", "accuracy");
        return model;
    }

    private static float[] Flat(Sequential model) => [.. model.GetWeights().SelectMany(w => w.Data)];

    private static (NDArray<float> X, NDArray<float> Y) Data(int count, int seed)
    {
        var random = new KerasNet.Backend.DataRandom((ulong)seed);
        var x = new float[count * 6];
        var y = new float[count * 3];
        for (int i = 0; i < count; i++)
        {
            for (int j = 0; j < 6; j++)
            {
                x[(6 * i) + j] = (random.NextInt(1000) / 500f) - 1;
            }

            y[(3 * i) + (x[6 * i] > x[(6 * i) + 1] ? 0 : x[(6 * i) + 2] > 0 ? 1 : 2)] = 1;
        }

        return (new NDArray<float>(x, count, 6), new NDArray<float>(y, count, 3));
    }

    /// <summary>Throws at the end of a given epoch, after the callbacks before it (the backup) have run.</summary>
    private sealed class StopAfterEpoch(int epoch) : Callback
    {
        public override void OnEpochEnd(int ended, IReadOnlyDictionary<string, double> logs)
        {
            if (ended == epoch)
            {
                throw new Stopped();
            }
        }

        public sealed class Stopped : Exception
        {
        }
    }
}
