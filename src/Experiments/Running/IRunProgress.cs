using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>Receives the runner's progress (the CLI draws it).</summary>
public interface IRunProgress
{
    /// <summary>A run is about to start; <paramref name="index"/> counts runs from 1 to <paramref name="total"/>.</summary>
    void RunStarting(string variant, int seed, int index, int total, int epochs);

    /// <summary>A run continues from its checkpoint after <paramref name="epochs"/> finished epochs.</summary>
    void RunResumed(string variant, int seed, int epochs);

    /// <summary>A run was left to the other process that holds its lock (<paramref name="lockPath"/>), e.g. another job of <c>run --jobs</c>.</summary>
    void RunBusy(string variant, int seed, string lockPath);

    /// <summary>An existing record was kept.</summary>
    void RunSkipped(string variant, int seed, string path);

    /// <summary>A record was made from an identical finished run of another experiment (see <see cref="RunRecord.SharedFrom"/>).</summary>
    void RunShared(RunRecord record, string path);

    /// <summary>A training step ended; <paramref name="loss"/> and <paramref name="accuracy"/> are the epoch's running means.</summary>
    void Step(int epoch, int batch, int batches, double loss, double accuracy);

    /// <summary>A run finished and its record was written.</summary>
    void RunFinished(RunRecord record, string path);

    /// <summary>An existing analysis of a run was kept (see <see cref="Analysis.AnalysisRunner"/>).</summary>
    void AnalysisSkipped(string variant, int seed, string path);

    /// <summary>A run was analysed and its analysis record and pictures were written.</summary>
    void AnalysisFinished(Analysis.AnalysisRecord record, string path);
}
