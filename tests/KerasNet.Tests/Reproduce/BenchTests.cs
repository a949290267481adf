using KerasNet.Architectures;
using KerasNet.Models;
using KerasNet.Reproduce;
using KerasNet.Reproduce.Benchmarks;

namespace KerasNet.Tests.Reproduce;

[NonParallelizable]
public sealed class BenchTests
{
    [Test]
    public void BenchQuick_RunsEveryReferenceModelAgainstThePlainLoop_AndWritesNoDocument()
    {
        using var output = new StringWriter();
        var workspace = new Workspace(Directory.CreateTempSubdirectory("kerasnet-bench-").FullName);
        try
        {
            int code = BenchCommand.Execute(["--quick"], workspace, output);

            string text = output.ToString();
            Assert.That(code, Is.Zero);
            Assert.That(text, Does.Contain("| model | batch | KerasNet s/epoch | plain TorchSharp s/epoch | ratio |"));
            foreach (var (model, _) in PlainModels.References)
            {
                Assert.That(text, Does.Contain($"| {model} |"));
            }

            Assert.That(File.Exists(Path.Combine(workspace.Root, "docs", "PERFORMANCE.md")), Is.False);
        }
        finally
        {
            Directory.Delete(workspace.Root, recursive: true);
        }
    }

    [Test]
    public void BenchLockstepQuick_TimesTheSeedsBothWays_AndTakesTheStepApartByCopies_WritingNoDocument()
    {
        using var output = new StringWriter();
        var workspace = new Workspace(Directory.CreateTempSubdirectory("kerasnet-bench-").FullName);
        try
        {
            int code = BenchCommand.Execute(["aven2019-ffnn", "--lockstep", "--quick"], workspace, output);

            string text = output.ToString();
            Assert.That(code, Is.Zero);
            Assert.That(text, Does.Contain("| aven2019-ffnn | 1 | 2048 | 4 |").And.Contain("| aven2019-ffnn | 32 | 2048 | 4 |"));
            Assert.That(text, Does.Contain("| 8 | ").And.Contain(" s per copy, i.e. each copy adds "));
            Assert.That(File.Exists(Path.Combine(workspace.Root, "docs", "PERFORMANCE.md")), Is.False);
        }
        finally
        {
            Directory.Delete(workspace.Root, recursive: true);
        }
    }

    [Test]
    public void LockstepCopies_SplitTheStepIntoSharedAndPerCopyTime_ByTheStraightLine()
    {
        var result = new LockstepCopiesResult("m", 1, 1000, 3, FitSeconds: 1.0, [(1, 1.5), (2, 2.0), (4, 3.0), (8, 5.0)]);

        Assert.That(result.PerCopySeconds, Is.EqualTo(0.5).Within(1e-12));
        Assert.That(result.SharedSeconds, Is.EqualTo(1.0).Within(1e-12));
        Assert.That(result.BestRatio(4), Is.EqualTo(0.75).Within(1e-12), "(1 + 4 · 0.5) / (4 · 1)");
        Assert.That(result.Table(), Does.Contain("| 4 | 3.000 | 0.750 | 0.75 |").And.Contain("4 copies take at best 0.75× the time of 4 fits, and no number of copies goes below 0.50×"));
    }

    [Test]
    public void LockstepCopies_WithANegativeIntercept_CountNoSharedTime()
    {
        var result = new LockstepCopiesResult("m", 1, 1000, 3, FitSeconds: 1.0, [(1, 0.08), (2, 0.19), (4, 0.40), (8, 0.86)]);

        Assert.That(result.SharedSeconds, Is.LessThan(0));
        Assert.That(result.BestRatio(4), Is.EqualTo(result.PerCopySeconds).Within(1e-12), "no shared time: k copies cost k times one copy's share");
        Assert.That(result.Table(), Does.Contain("no measurable time shared per epoch (intercept -0.0"));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.That(result.Table(), Does.Contain("(intercept -0.0"), "a decimal point whatever the machine's culture");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Test]
    public void SeedsRow_GivesEachWaysShareOfThePeak()
    {
        var result = new SeedsBenchmarkResult("m", 32, 1000, 4, SequentialSecondsPerSeed: 1.0, LockstepSecondsPerSeed: 0.5, 3, TrainingFlopsPerSample: 1e6);

        Assert.That(result.Row(peakGigaFlops: 10), Does.EndWith("| 0.50 | 2.0× | 10.0 | 20.0 |"), "1 GFLOP per seed-epoch: 1 GFLOP/s of 10 one after the other, 2 in lockstep");
    }

    [Test]
    public void KeepNotes_KeepsTheHandWrittenPartBelowTheMarker_AndOnlyThat()
    {
        string previous = "# old table\n" + PerformanceReport.KeptNotesMarker + "\n## Speed work\nbefore/after";

        string kept = PerformanceReport.KeepNotes("# new table\n", previous);

        Assert.That(kept, Does.StartWith("# new table").And.EndWith("## Speed work\nbefore/after").And.Not.Contain("old table"));
        Assert.That(PerformanceReport.KeepNotes("# new table\n", null), Is.EqualTo("# new table\n"));
    }

    [Test]
    public void WithSection_ReplacesOnlyItsOwnSection_OrAppendsIt()
    {
        string document = "# doc\n<!-- begin a -->\nold a\n<!-- end a -->\nnotes\n";

        string replaced = PerformanceReport.WithSection(document, "a", "new a\n");
        string appended = PerformanceReport.WithSection(replaced, "b", "b table\n");

        Assert.That(replaced, Does.Contain("new a").And.Not.Contain("old a").And.Contain("notes"));
        Assert.That(appended, Does.StartWith(replaced.TrimEnd()).And.EndWith("<!-- begin b -->" + Environment.NewLine + "b table\n<!-- end b -->" + Environment.NewLine));
    }

    [Test]
    public void FlopCounter_CountsDenseAndConvolutionMultiplyAdds()
    {
        var model = new Sequential(
            new KerasNet.Layers.InputLayer(6, 6, 2),
            new KerasNet.Layers.Conv2D(3, kernelSize: 3),
            new KerasNet.Layers.Flatten(),
            new KerasNet.Layers.Dense(5));

        Assert.That(FlopCounter.ForwardPerSample(model), Is.EqualTo((2.0 * 3 * 3 * 2 * 3 * 4 * 4) + (2.0 * 48 * 5)));
        Assert.That(FlopCounter.TrainingPerSample(Aven2019Ffnn.Create()), Is.EqualTo(3 * 2.0 * ((784 * 64) + (64 * 10))));
    }

    [Test]
    public void PlainModels_ExistForEveryReferenceModel_WithTheSameParameterCount()
    {
        foreach (var (name, _) in PlainModels.References)
        {
            long plain = PlainModels.Create(name).parameters().Sum(p => p.numel());

            Assert.That(plain, Is.EqualTo(ModelCatalog.Get(name).Create().ParameterCount), name);
        }
    }
}
