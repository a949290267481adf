using KerasNet.Models;

namespace KerasNet.Callbacks;

/// <summary>
/// Keras's <c>BackupAndRestore</c>: after every epoch the training state is written to a checkpoint in
/// <see cref="BackupDirectory"/> (weights, optimizer slots and step count, torch's and the data order's generators, the
/// epoch and the history so far); a <c>Fit</c> that finds a checkpoint there continues from it, bit-identically to a fit
/// that was never interrupted. A fit that ends normally deletes the checkpoint unless told not to.
/// </summary>
public sealed class BackupAndRestore : Callback
{
    /// <summary>The checkpoint's file name inside <see cref="BackupDirectory"/>.</summary>
    public const string CheckpointFileName = "training.checkpoint";

    /// <summary>Creates the callback.</summary>
    /// <param name="backupDirectory">Where the checkpoint is kept (created when needed); one directory per training run.</param>
    /// <param name="deleteCheckpoint">Delete the checkpoint when the fit ends normally. The default value is true.</param>
    public BackupAndRestore(string backupDirectory, bool deleteCheckpoint = true)
    {
        ArgumentException.ThrowIfNullOrEmpty(backupDirectory);
        BackupDirectory = backupDirectory;
        DeleteCheckpoint = deleteCheckpoint;
    }

    /// <summary>Where the checkpoint is kept.</summary>
    public string BackupDirectory { get; }

    /// <summary>Whether the checkpoint is deleted when the fit ends normally.</summary>
    public bool DeleteCheckpoint { get; }

    /// <summary>The checkpoint file.</summary>
    public string CheckpointPath => Path.Combine(BackupDirectory, CheckpointFileName);

    /// <summary>The epochs the last <c>Fit</c> took from the checkpoint (0 when it found none).</summary>
    public int RestoredEpochs { get; private set; }

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">The checkpoint is damaged or belongs to another fit; the message names the file and the difference.</exception>
    public override void OnTrainBegin()
    {
        var fit = ActiveFit();
        RestoredEpochs = 0;
        if (File.Exists(CheckpointPath))
        {
            TrainingCheckpoint.Restore(CheckpointPath, Model!, fit);
            RestoredEpochs = fit.NextEpoch;
        }
    }

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        Directory.CreateDirectory(BackupDirectory);
        TrainingCheckpoint.Save(CheckpointPath, Model!, ActiveFit());
    }

    /// <inheritdoc />
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs)
    {
        if (DeleteCheckpoint)
        {
            File.Delete(CheckpointPath);
        }
    }

    private FitState ActiveFit() =>
        Model?.ActiveFit ?? throw new InvalidOperationException("BackupAndRestore works inside Sequential.Fit only.");
}
