using System.Text.Json;
using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Reproduce;
using KerasNet.Reproduce.Benchmarks;
using KerasNet.Tests.Experiments;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>reproduce plan</c>: the missing runs, their estimates from finished runs, and which will be shared rather than trained.</summary>
public sealed class PlanCommandTests : TemporaryDirectoryTest
{
    private static readonly string Repository = SeedSetTests.RepositoryRoot();

    [Test]
    public void Plan_EstimatesAMissingRun_FromItsVariantsFinishedRuns()
    {
        var finished = new[] { 1, 2, 3 }.Select(seed => CopyRecord("groth2019/stride/stride=2", seed)).ToList();

        var lines = Plan("groth2019/stride", "--threads", "1");

        var missing = lines.Where(l => l.GetProperty("variant").GetString() == "stride=2").ToList();
        Assert.That(missing.Select(l => l.GetProperty("seed").GetInt32()), Is.EqualTo(new[] { 4 }), "seeds 1–3 have records");
        Assert.That(missing[0].GetProperty("estimatedSeconds").GetDouble(), Is.EqualTo(Math.Round(finished.Average(), 1)).Within(0.05), "all runs of 20 epochs: the mean run");
        Assert.That(missing[0].GetProperty("sharedFrom").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Plan_NamesTheDonorOfARunThatWillBeShared_AtTheThreadsOfItsDonor()
    {
        CopyRecord("groth2019/activation/relu", 1);

        var oneThread = Plan("groth2019/kernel-size", "--threads", "1").Where(l => l.GetProperty("variant").GetString() == "kernel=5").ToList();
        var twoThreads = Plan("groth2019/kernel-size").Where(l => l.GetProperty("variant").GetString() == "kernel=5").ToList();

        Assert.That(oneThread[0].GetProperty("sharedFrom").GetString(), Is.EqualTo("groth2019/activation/relu/seed-1"), "kernel=5 is the baseline activation/relu trained, on one thread as its donor");
        Assert.That(oneThread[0].GetProperty("estimatedSeconds").GetDouble(), Is.Zero);
        Assert.That(oneThread[1].GetProperty("sharedFrom").ValueKind, Is.EqualTo(JsonValueKind.Null), "seed 2 has no donor record here");
        Assert.That(twoThreads[0].GetProperty("sharedFrom").ValueKind, Is.EqualTo(JsonValueKind.Null), "a two-thread run is not the one-thread donor's run");
    }

    [Test]
    public void Plan_EstimatesAVariantNoneOfItsExperimentHasRun_FromTheSameModelAndBatchElsewhereInTheReport_ScaledByFlops_OnTheSameThreads()
    {
        double relu = CopyRecord("groth2019/activation/relu", 1);

        var kernel = Plan("groth2019/kernel-size", "--threads", "1").First(l => l.GetProperty("variant").GetString() == "kernel=1");
        var kernelOnTwoThreads = Plan("groth2019/kernel-size").First(l => l.GetProperty("variant").GetString() == "kernel=1");
        var batch = Plan("groth2019/batch-size", "--threads", "1").First(l => l.GetProperty("variant").GetString() == "batch=16");

        double ratio = TrainingFlops("groth2019/kernel-size", "kernel=1") / TrainingFlops("groth2019/activation", "relu");
        Assert.That(ratio, Is.LessThan(0.5), "1×1 kernels do a fraction of the 5×5 baseline's work");
        Assert.That(kernel.GetProperty("estimatedSeconds").GetDouble(), Is.EqualTo(Math.Round(relu * ratio, 1)).Within(0.05), "the baseline LeNet at batch 32, 20 epochs, one thread, scaled by the FLOPs");
        Assert.That(kernelOnTwoThreads.GetProperty("estimatedSeconds").ValueKind, Is.EqualTo(JsonValueKind.Null), "no run on two threads to go by");
        Assert.That(batch.GetProperty("estimatedSeconds").ValueKind, Is.EqualTo(JsonValueKind.Null), "another batch size is not the same cost");
    }

    [Test]
    public void Plan_EstimatesALargerVariant_FromItsExperimentsOtherVariants_ScaledByFlops()
    {
        var small = new[] { 1, 2 }.Select(seed => CopyRecord("groth2019/filters/filters=10,25", seed)).ToList();

        var large = Plan("groth2019/filters", "--threads", "1").First(l => l.GetProperty("variant").GetString() == "filters=40,100");

        double ratio = TrainingFlops("groth2019/filters", "filters=40,100") / TrainingFlops("groth2019/filters", "filters=10,25");
        Assert.That(ratio, Is.GreaterThan(5), "four times the filters in both layers");
        Assert.That(large.GetProperty("estimatedSeconds").GetDouble(), Is.EqualTo(Math.Round(small.Average() * ratio, 1)).Within(0.05), "the 10,25 runs' mean, scaled");
    }

    [Test]
    public void Plan_BadThreads_IsAUsageErrorNamingTheOption()
    {
        Assert.That(() => Plan("groth2019/stride", "--threads", "0"), Throws.TypeOf<UsageException>().With.Message.Contain("--threads"));
    }

    /// <summary>Copies a committed record into this test's results folder; returns its wall time.</summary>
    private double CopyRecord(string variantPath, int seed)
    {
        string source = Path.Combine(Repository, "results", variantPath, $"seed-{seed}.json");
        string target = Path.Combine(TempDirectory, variantPath, $"seed-{seed}.json");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        return JsonDocument.Parse(File.ReadAllText(source)).RootElement.GetProperty("wallTimeSeconds").GetDouble();
    }

    private static double TrainingFlops(string experimentName, string variantName)
    {
        var experiment = ExperimentRegistry.Create(experimentName, new Workspace(Repository).Configs);
        return FlopCounter.TrainingPerSample(experiment.BuildModel(experiment.Config.Resolve(experiment.Config.Variant(variantName))));
    }

    private List<JsonElement> Plan(params string[] arguments)
    {
        using var output = new StringWriter();
        int code = PlanCommand.Execute([.. arguments, "--results", TempDirectory], new Workspace(Repository), new DatasetStore(), output);
        Assert.That(code, Is.Zero);
        return [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }
}
