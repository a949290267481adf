using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;

namespace KerasNet.Experiments.Running;

/// <summary>
/// Decides whether a run can be taken from an identical finished run of another experiment instead of training it
/// (see <see cref="RunOptions.SharingCandidates"/>): same pipeline key, same settings up to the epoch count, same seed,
/// threads and device, and at least as many epochs.
/// </summary>
internal sealed class RunSharing(RunOptions options)
{
    /// <summary>
    /// A record for this run made from an identical finished run of another experiment (see
    /// <see cref="RunOptions.SharingCandidates"/>), or null when there is none.
    /// </summary>
    public RunRecord? SharedRun(Experiment experiment, string variant, TrainingSettings settings, int seed, string hash)
    {
        if (options.Quick || options.Epochs is not null || settings.FineTune is not null)
        {
            return null;
        }

        int epochs = settings.Epochs!.Value;
        foreach (var candidate in options.SharingCandidates.Where(c => c.Name != experiment.Name && c.PipelineKey == experiment.PipelineKey))
        {
            foreach (var donorVariant in candidate.Config.Variants)
            {
                var donorSettings = candidate.Config.Resolve(donorVariant);
                string donorPath = RecordStore.RecordPath(options.ResultsDirectory, candidate.Name, donorVariant.Name, seed);
                if (donorSettings.Epochs < epochs
                    || !Trunk(donorSettings).Matches(Trunk(settings))
                    || !File.Exists(donorPath))
                {
                    continue;
                }

                var donor = RecordJson.ReadRecord(donorPath);
                if (donor.ConfigHash != ConfigLoader.Hash(candidate.Config, donorVariant) || donor.Status != RunStatus.Completed
                    || donor.Environment.Threads != options.Threads || donor.Environment.Device != options.Device || donor.SharedFrom is not null || donor.Epochs.Count < epochs
                    || donor.NumbersVersion != NumbersVersion.Current)
                {
                    continue;
                }

                return donor with
                {
                    Experiment = experiment.Name,
                    Variant = variant,
                    ConfigHash = hash,
                    WallTimeSeconds = 0,
                    Epochs = donor.Epochs.Where(e => e.Epoch <= epochs).ToList(),
                    Evaluations = donor.Evaluations.Where(e => e.Epoch <= epochs).ToList(),
                    SharedFrom = new RunAddress(candidate.Name, donorVariant.Name, seed).ToString(),
                };
            }
        }

        return null;
    }

    /// <summary>The settings that fix a run's first epochs: all but the epoch count and what follows it.</summary>
    private static TrainingSettings Trunk(TrainingSettings settings) => settings with { Epochs = null, FineTune = null };
}
