using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Records;
using KerasNet.Experiments.Running;

namespace KerasNet.Reproduction.Tests;

/// <summary>
/// Every committed analysis: its pictures (for a method that draws them) are there and are PNGs, it was made from the run record now committed and
/// under the analysis settings now configured, and where it measured the full test accuracy, that equals the run's last validation accuracy (the analysed weights
/// are the trained ones; validation is the test set in these experiments).
/// </summary>
public sealed class AnalysisRecordTests
{
    /// <summary>Loading weights on another machine may flip a handful of the 10,000 test predictions, no more.</summary>
    private const double AccuracyTolerance = 0.0015;

    public static IEnumerable<TestCaseData> CommittedAnalyses()
    {
        foreach (var experiment in Repository.Experiments().OfType<AnalysisExperiment>())
        {
            string directory = RecordStore.ExperimentDirectory(Repository.Results, experiment.Name);
            foreach (var variant in experiment.Config.Variants)
            {
                string folder = Path.Combine(directory, variant.Name);
                foreach (string path in Directory.Exists(folder) ? Directory.GetFiles(folder, AnalysisRecord.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray() : [])
                {
                    yield return new TestCaseData(path, experiment.AnalysisHash, experiment.DrawsImages).SetName($"{experiment.Name} {variant.Name} {Path.GetFileName(Path.GetDirectoryName(path))}: analysis matches its run and lists its pictures");
                }
            }
        }
    }

    [TestCaseSource(nameof(CommittedAnalyses))]
    public void CommittedAnalysis_IsWhole_AndMadeFromItsRun(string path, string analysisHash, bool drawsImages)
    {
        var analysis = RecordJson.ReadAnalysis(path);
        string folder = Path.GetDirectoryName(path)!;
        var run = RecordJson.ReadRecord(Path.Combine(Path.GetDirectoryName(folder)!, $"seed-{analysis.Seed}.json"));

        Assert.That(analysis.IsOf(run), Is.True, "the analysed run is the committed one (same config, trained before the analysis)");
        Assert.That(analysis.AnalysisHash, Is.EqualTo(analysisHash), "made under the analysis settings now configured (a stale analysis must be redone or removed)");
        Assert.That(analysis.Images, drawsImages ? Is.Not.Empty : Is.Empty, drawsImages ? "the method draws pictures" : "the method measures numbers only");
        foreach (var image in analysis.Images)
        {
            string file = Path.Combine(folder, image.File);
            Assert.That(File.Exists(file), Is.True, file);
            Assert.That(File.ReadAllBytes(file).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }), file);
        }

        if (analysis.Values.TryGetValue("test_accuracy", out double accuracy))
        {
            Assert.That(accuracy, Is.EqualTo(run.Epochs[^1].Metrics["val_accuracy"]).Within(AccuracyTolerance));
        }
    }

    public static IEnumerable<TestCaseData> CommittedWeights() =>
        Directory.GetFiles(Repository.Results, "*.weights", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"{Path.GetRelativePath(Repository.Results, path)}: the weights its record names"));

    [TestCaseSource(nameof(CommittedWeights))]
    public void CommittedWeights_AreTheOnesTheirRecordNames(string path)
    {
        var run = RecordJson.ReadRecord(Path.ChangeExtension(path, ".json"));

        Assert.That(run.SharedFrom, Is.Null, "weights are kept beside the run that trained them");
        Assert.That(RecordStore.Sha256(path), Is.EqualTo(run.WeightsSha256));
    }
}
