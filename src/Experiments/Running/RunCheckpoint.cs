using System.Diagnostics;
using KerasNet.Callbacks;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// The epoch checkpoint of one run, kept beside its record until the record is written (<c>seed-&lt;n&gt;.checkpoint/</c>,
/// git-ignored): Keras's <see cref="BackupAndRestore"/> file and the runner's <see cref="RunCheckpointNotes"/>. A run
/// stopped part-way continues from its last finished epoch, bit-identically; a checkpoint made under other settings is
/// deleted. Among the fit's callbacks it comes after the run's fingerprint callback and before <see cref="Backup"/>, so
/// its notes are never older than the checkpoint.
/// </summary>
internal sealed class RunCheckpoint : Callback
{
    private const string NotesFileName = "run.json";
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly RunCheckpointNotes notes;
    private readonly Action<int> resumed;
    private readonly string commit;
    private bool begun;

    private RunCheckpoint(string directory, RunCheckpointNotes notes, string commit, Func<IReadOnlyList<double>, RunCallback> newRunCallback, Action<int> resumed)
    {
        Directory = directory;
        this.notes = notes;
        this.commit = commit;
        this.resumed = resumed;
        Backup = new BackupAndRestore(directory, deleteCheckpoint: false);
        Run = newRunCallback(notes.Fingerprint);
    }

    /// <summary>The checkpoint folder.</summary>
    public string Directory { get; }

    /// <summary>The run's fingerprint callback, continuing the losses recorded before the checkpoint.</summary>
    public RunCallback Run { get; }

    /// <summary>The callback that writes and restores the training state.</summary>
    public BackupAndRestore Backup { get; }

    /// <summary>The fit's callbacks in their order: the run's, this, the backup.</summary>
    public IReadOnlyList<Callback> Callbacks => [Run, this, Backup];

    /// <summary>When the run first started.</summary>
    public DateTimeOffset StartedUtc => notes.StartedUtc;

    /// <summary>The epochs after which the run was resumed, or null when it trained in one go.</summary>
    public IReadOnlyList<int>? ResumedAfter => notes.ResumedAfter.Count == 0 ? null : notes.ResumedAfter;

    /// <summary>The commit of the code in each session that trained the run, or null when it trained in one go.</summary>
    public IReadOnlyList<string>? SessionCommits => notes.ResumedAfter.Count == 0 ? null : notes.SessionCommits;

    /// <summary>Seconds trained in all sessions: those up to the restored epoch's end plus this session's.</summary>
    public double Seconds => (Backup.RestoredEpochs == 0 ? 0 : notes.SecondsAfterEpoch[Backup.RestoredEpochs - 1]) + clock.Elapsed.TotalSeconds;

    /// <summary>The checkpoint folder of the run whose record is <paramref name="recordPath"/>.</summary>
    public static string DirectoryOf(string recordPath) => Path.ChangeExtension(recordPath, ".checkpoint");

    /// <summary>
    /// The run's checkpoint in <paramref name="directory"/>: the one there when it was made under the settings of
    /// <paramref name="run"/>, else (deleting what is there) a fresh one.
    /// </summary>
    /// <param name="directory">The checkpoint folder (<see cref="DirectoryOf"/>).</param>
    /// <param name="run">This run's settings and start, with this session's commit as its one session commit.</param>
    /// <param name="restart">Discard any checkpoint (<c>run --force</c>).</param>
    /// <param name="newRunCallback">Makes the run's fingerprint callback from the losses recorded before.</param>
    /// <param name="resumed">Told the epochs restored when the fit continues a checkpoint.</param>
    public static RunCheckpoint Open(string directory, RunCheckpointNotes run, bool restart, Func<IReadOnlyList<double>, RunCallback> newRunCallback, Action<int> resumed)
    {
        string notesPath = Path.Combine(directory, NotesFileName);
        if (!restart && File.Exists(notesPath) && File.Exists(Path.Combine(directory, BackupAndRestore.CheckpointFileName)))
        {
            var found = RecordJson.Read<RunCheckpointNotes>(notesPath, "run checkpoint note");
            if (found.SameRunAs(run))
            {
                return new RunCheckpoint(directory, found, run.SessionCommits.Single(), newRunCallback, resumed);
            }
        }

        Delete(directory);
        return new RunCheckpoint(directory, run, run.SessionCommits.Single(), newRunCallback, resumed);
    }

    /// <summary>Deletes the checkpoint (its run's record is written).</summary>
    public void Delete() => Delete(Directory);

    /// <inheritdoc />
    public override void OnEpochBegin(int epoch) => NoteResume();

    /// <inheritdoc />
    /// <remarks>A checkpoint of the last epoch (stopped before the record was written) trains no epoch: noted here.</remarks>
    public override void OnTrainEnd(IReadOnlyDictionary<string, double> logs) => NoteResume();

    /// <inheritdoc />
    public override void OnEpochEnd(int epoch, IReadOnlyDictionary<string, double> logs)
    {
        double seconds = Seconds;
        notes.SecondsAfterEpoch.RemoveRange(epoch, notes.SecondsAfterEpoch.Count - epoch);
        notes.SecondsAfterEpoch.Add(Math.Round(seconds, 3));
        notes.Fingerprint = [.. Run.Losses];
        System.IO.Directory.CreateDirectory(Directory);
        RecordJson.WriteAtomically(Path.Combine(Directory, NotesFileName), notes);
    }

    /// <summary>Once per fit, after the backup restored: notes and reports a resumed run.</summary>
    private void NoteResume()
    {
        if (!begun && Backup.RestoredEpochs > 0)
        {
            notes.ResumedAfter.Add(Backup.RestoredEpochs);
            if (notes.SessionCommits.Count == 0)
            {
                notes.SessionCommits.Add("unknown");
            }

            notes.SessionCommits.Add(commit);
            resumed(Backup.RestoredEpochs);
        }

        begun = true;
    }

    private static void Delete(string directory)
    {
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
    }
}
