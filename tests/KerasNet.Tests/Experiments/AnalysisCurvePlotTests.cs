using KerasNet.Experiments.Analysis;
using KerasNet.Experiments.Records;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

public sealed class AnalysisCurvePlotTests : TemporaryDirectoryTest
{
    [Test]
    public void Curves_GroupNumericSuffixes_OrderThem_AndAverageOverTheSeedsThatHaveThem()
    {
        AnalysisRecord[] records =
        [
            Record(1, new() { ["clean_accuracy"] = 0.9, ["pgd_accuracy@0.1"] = 0.2, ["pgd_accuracy@0.02"] = 0.6, ["adam_accuracy@0.03"] = 0.5, ["objective_end@conv2d_5"] = 3 }),
            Record(2, new() { ["clean_accuracy"] = 0.8, ["pgd_accuracy@0.1"] = 0.4, ["pgd_accuracy@0.02"] = 0.8 }),
        ];

        var curves = AnalysisCurvePlot.Curves(AnalysisSummary.Statistics(records));

        Assert.That(curves.Select(c => c.Name), Is.EqualTo(new[] { "pgd_accuracy", "adam_accuracy" }));
        var pgd = curves[0].Points;
        Assert.That(pgd.Select(p => p.Epoch), Is.EqualTo(new[] { 0.02, 0.1 }));
        Assert.That(pgd.Select(p => p.Mean), Is.EqualTo(new[] { 0.7, 0.3 }).Within(1e-12));
        Assert.That(pgd.Select(p => (p.Min, p.Max)), Is.EqualTo(new[] { (0.6, 0.8), (0.2, 0.4) }));
        Assert.That(curves[1].Points.Single().Count, Is.EqualTo(1), "only seed 1 has the Adam value");
    }

    [Test]
    public void Write_DrawsAPng_AndLeavesOnlyIt()
    {
        string path = Path.Combine(TempDirectory, "plots", "curves.png");
        var curves = AnalysisCurvePlot.Curves(AnalysisSummary.Statistics([Record(1, new() { ["fgsm_accuracy@0.01"] = 0.7, ["fgsm_accuracy@0.1"] = 0.3, ["adam_accuracy@0.03"] = 0.5 })]));

        AnalysisCurvePlot.Write(path, "test", "ε", curves);

        Assert.That(File.ReadAllBytes(path).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
        Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Is.EqualTo(new[] { path }), "no temporary file is left beside it");
    }

    private static AnalysisRecord Record(int seed, Dictionary<string, double> values) => new(
        AnalysisRecord.CurrentSchemaVersion,
        "test/adversarial",
        "final",
        seed,
        "run-hash",
        "analysis-hash",
        DateTimeOffset.UnixEpoch,
        1,
        new RunEnvironment("0123", false, "0.107.0", "2.10.0", "10.0.0", "Linux", "cpu", 2),
        values,
        []);
}
