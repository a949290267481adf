using KerasNet.Experiments;
using KerasNet.Reporting;

namespace KerasNet.Tests.Experiments;

public sealed class ReportWriterTests : TemporaryDirectoryTest
{
    [Test]
    public void Write_RendersTheTableVerdictsAndAPlotForEveryCheckedMetric()
    {
        string root = TempDirectory;
        string repository = SeedSetTests.RepositoryRoot();
        var experiment = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(repository, "configs"));
        var writer = new ReportWriter(root, Path.Combine(repository, "results"), seeds: [1, 2, 3, 4]);

        string text = File.ReadAllText(writer.Write([experiment], _ => true));

        Assert.That(text, Does.Contain("| [demo/fashion-mnist-dense](#demofashion-mnist-dense) | fashion-mnist | 3 | 0 | 0 | 0 | 0 | 0 |"));
        Assert.That(text, Does.Contain("reproduced 0.8779±0.0043 (n=4)"));
        Assert.That(text, Does.Contain("![demo/fashion-mnist-dense val_accuracy](docs/plots/demo/fashion-mnist-dense/val_accuracy.png)"));
        var png = File.ReadAllBytes(Path.Combine(root, "docs/plots/demo/fashion-mnist-dense/val_accuracy.png"));
        Assert.That(png[1..4], Is.EqualTo("PNG"u8.ToArray()));
        Assert.That(text, Does.Contain("| demo | 1 | 2 | 3 | 0 | 0 | 0 | 0 | 0 |"), "the per-report row: one number and two claims, all reproduced");
        Assert.That(text, Does.Contain("![demo: published against reproduced](docs/plots/demo/published-vs-reproduced.png)"));
        Assert.That(text, Does.Contain("1 of the 1 published numbers of demo are drawn"), "the figure holds the one checked number that has records");
    }

    [Test]
    public void Write_CountsTheSeedsThatEndAtChance_WhichTheMeanHides()
    {
        string repository = SeedSetTests.RepositoryRoot();
        var grid = ExperimentRegistry.Create("kipping2022/hyperparameter-grid", Path.Combine(repository, "configs"));

        string text = File.ReadAllText(new ReportWriter(TempDirectory, Path.Combine(repository, "results"), seeds: [1, 2, 3, 4]).Write([grid], _ => true));

        Assert.That(text, Does.Contain("| lr=0.01,batch=64 | kipping2022-baseline | adam (ε 1e-8) | 0.01 | 64 | 20 | 4 of 4 | 4 of 4 | 45.7 |"), "every lr 0.01 seed collapsed to one class; its runs' median epoch took 45.7 s");
        Assert.That(text, Does.Contain("| lr=0.001,batch=64 | kipping2022-baseline | adam (ε 1e-8) | 0.001 | 64 | 20 | 4 of 4 | 0 of 4 | 26.2 |"));
    }

    [Test]
    public void Write_ShowsACollapseRateInTheSectionOfTheExperimentItExplains()
    {
        string repository = SeedSetTests.RepositoryRoot();
        string configs = Path.Combine(repository, "configs");
        var grid = ExperimentRegistry.Create("kipping2022/hyperparameter-grid", configs);
        var rates = ExperimentRegistry.Create("kipping2022/collapse-rate", configs);

        string text = File.ReadAllText(new ReportWriter(TempDirectory, Path.Combine(repository, "results"), seeds: [1, 2, 3, 4]).Write([grid, rates], _ => true));
        string gridSection = text[text.IndexOf("## kipping2022/hyperparameter-grid", StringComparison.Ordinal)..text.IndexOf("## kipping2022/collapse-rate", StringComparison.Ordinal)];

        Assert.That(gridSection, Does.Contain("**Explained by [kipping2022/collapse-rate]").And.Contain("| clipped,batch=64 |").And.Contain("consistent with chance under the clipped form's collapse rates"));
    }

    [Test]
    public void Write_KeepsTheReadmesPerReportTable_BetweenItsMarkers_AndNothingElse()
    {
        string repository = SeedSetTests.RepositoryRoot();
        var experiment = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(repository, "configs"));
        string readme = Path.Combine(TempDirectory, "README.md");
        File.WriteAllText(readme, $"# Title\n{ReportWriter.ReadmeBegin}\nstale\n{ReportWriter.ReadmeEnd}\nrest\n");

        new ReportWriter(TempDirectory, Path.Combine(repository, "results"), [1, 2, 3, 4]).Write([experiment], _ => true);

        string text = File.ReadAllText(readme);
        Assert.That(text, Does.StartWith($"# Title\n{ReportWriter.ReadmeBegin}\n| report |").And.EndWith($"{ReportWriter.ReadmeEnd}\nrest\n"));
        Assert.That(text, Does.Contain("| demo | 1 | 2 | 3 | 0 | 0 | 0 | 0 | 0 |").And.Not.Contain("stale"));
    }

    [Test]
    public void Write_ListsEachReportsDeviationsByCause_WithTheirExperiments()
    {
        string repository = SeedSetTests.RepositoryRoot();
        var demo = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(repository, "configs")).Config;
        var reference = demo.References[0] with { Value = 0.5, Check = KerasNet.Experiments.Configuration.CheckKind.Deviates, Observed = 0.8779, ObservedTolerance = 0.01, Cause = "a cause in one line" };
        var experiment = ExperimentKinds.Create(demo with { References = [reference] });

        string text = File.ReadAllText(new ReportWriter(TempDirectory, Path.Combine(repository, "results"), [1, 2, 3, 4]).Write([experiment], _ => true));

        Assert.That(text, Does.Contain("- 1 × a cause in one line ([fashion-mnist-dense](#demofashion-mnist-dense))"));
    }

    [Test]
    public void Write_TwiceFromTheSameRecords_GivesTheSameFigures()
    {
        string repository = SeedSetTests.RepositoryRoot();
        var experiment = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(repository, "configs"));
        string first = Path.Combine(TempDirectory, "first");
        string second = Path.Combine(TempDirectory, "second");

        new ReportWriter(first, Path.Combine(repository, "results"), [1, 2, 3, 4]).Write([experiment], _ => true);
        new ReportWriter(second, Path.Combine(repository, "results"), [1, 2, 3, 4]).Write([experiment], _ => true);

        foreach (string figure in new[] { "docs/plots/demo/published-vs-reproduced.png", "docs/plots/demo/fashion-mnist-dense/val_accuracy.png" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(second, figure)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first, figure))), figure);
        }
    }

    [Test]
    public void Write_WithoutRecordsButWithData_CountsTheChecksInconclusive()
    {
        string root = TempDirectory;
        var experiment = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(SeedSetTests.RepositoryRoot(), "configs"));

        string text = File.ReadAllText(new ReportWriter(root, Path.Combine(root, "results"), [1, 2, 3, 4]).Write([experiment], _ => true));

        Assert.That(text, Does.Contain("| fashion-mnist | 0 | 0 | 0 | 3 | 0 | 0 |"));
        Assert.That(text, Does.Contain("⚠️ inconclusive"));
        Assert.That(text, Does.Not.Contain("published against reproduced"), "no records, no point to draw: no figure");
    }

    [Test]
    public void Write_WithoutRecordsOrData_SaysDataMissing()
    {
        string root = TempDirectory;
        var experiment = ExperimentRegistry.Create("demo/fashion-mnist-dense", Path.Combine(SeedSetTests.RepositoryRoot(), "configs"));

        string text = File.ReadAllText(new ReportWriter(root, Path.Combine(root, "results"), [1, 2, 3, 4]).Write([experiment], _ => false));

        Assert.That(text, Does.Contain("fashion-mnist (not verified: data missing) | 0 | 0 | 0 | 0 | 3 | 0 |"));
        Assert.That(text, Does.Contain("⏸ data missing").And.Contain("No records yet."));
    }
}
