using System.Text.Json.Nodes;
using KerasNet.Data;
using KerasNet.Experiments.Running;
using KerasNet.Tests.Experiments;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>run --shard i/n</c>: disjoint parts fixed by each variant's name, which merged by copying equal one process's run.</summary>
public sealed class ShardTests : TemporaryDirectoryTest
{
    private const string Experiment = "highsmith2019/freezing";

    [Test]
    public void Parts_AreDisjoint_CoverEveryVariant_AndDependOnlyOnTheName()
    {
        string[] variants = ["a", "b", "c", "lr=0.1,batch=8", "authors-rule,init=Freeze", "gradient,init=Uniform"];
        var shards = Enumerable.Range(0, 3).Select(i => new Shard(i, 3)).ToList();

        Assert.That(variants.Select(v => shards.Count(s => s.Contains("x/y", v))), Is.All.EqualTo(1));
        Assert.That(shards[1].Contains("x/y", "b"), Is.EqualTo(new Shard(1, 3).Contains("x/y", "b")));
        Assert.That(Shard.Parse("2/5"), Is.EqualTo(new Shard(2, 5)));
    }

    [TestCase("3/3")]
    [TestCase("-1/3")]
    [TestCase("1")]
    [TestCase("a/b")]
    public void BadShard_IsAUsageError(string shard)
    {
        var (code, _, error) = CliProcess.Run(AppContext.BaseDirectory, $"run {Experiment} --shard {shard}", TimeSpan.FromMinutes(1));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--shard: a shard is i/n with 0 <= i < n"));
    }

    [Test]
    public void ThreeShardsInThreeProcesses_MergedByCopying_EqualOneProcessesRecords()
    {
        if (new DatasetStore().Check(Datasets.Mnist).State != DatasetState.Verified)
        {
            Assert.Ignore("MNIST is not installed (reproduce data fetch mnist).");
        }

        string single = Path.Combine(TempDirectory, "single");
        string merged = Path.Combine(TempDirectory, "merged");
        CliProcess.Succeed($"run {Experiment} --results {single}");
        var parts = Enumerable.Range(0, 3).Select(i => Path.Combine(TempDirectory, $"shard-{i}")).ToList();
        for (int i = 0; i < 3; i++)
        {
            CliProcess.Succeed($"run {Experiment} --shard {i}/3 --results {parts[i]}");
        }

        CliProcess.Succeed($"merge {string.Join(' ', parts)} --results {merged}");

        var expected = CliProcess.Records(single);
        var actual = CliProcess.Records(merged);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys), "every run exactly once across the shards");
        foreach (var (run, record) in expected)
        {
            foreach (string numbers in new[] { "configHash", "epochs", "fingerprint", "weightsSha256" })
            {
                Assert.That(actual[run][numbers]!.ToJsonString(), Is.EqualTo(record[numbers]!.ToJsonString()), $"{run}: {numbers}");
            }
        }

        string rerun = CliProcess.Succeed($"run {Experiment} --results {merged}");
        Assert.That(rerun, Does.Not.Contain("completed in"), "the merged folder is complete: run trains nothing and rewrites the summary");
        CliProcess.Succeed($"verify {Experiment} --results {merged}");
        string report = Path.Combine(TempDirectory, "report");
        CliProcess.Succeed($"report --results {merged} --output {report}");
        Assert.That(File.ReadAllText(Path.Combine(report, "REPRODUCTION.md")), Does.Contain("| [highsmith2019/freezing](#highsmith2019freezing) | mnist | 14 | 6 |"), "the merged folder's report has this experiment's verdicts");
        CliProcess.Succeed($"merge {string.Join(' ', parts)} --results {merged}");
        Assert.That(CliProcess.Records(merged).Keys, Is.EquivalentTo(expected.Keys), "merging the same parts again changes nothing");
    }

    [Test]
    public void ARunWhoseDonorIsInAnotherPart_IsTrainedThere_WithTheSharedRunsNumbers()
    {
        if (new DatasetStore().Check(Datasets.Mnist).State != DatasetState.Verified)
        {
            Assert.Ignore("MNIST is not installed (reproduce data fetch mnist).");
        }

        // activations' tanh variant is ordering's Random variant: shared where ordering's record is, trained where it is not.
        string together = Path.Combine(TempDirectory, "together");
        string apart = Path.Combine(TempDirectory, "apart");
        const string variant = "authors-rule,activation=tanh";
        CliProcess.Succeed($"run highsmith2019/ordering --variant authors-rule,order=Random --seeds 1 --results {together}");
        CliProcess.Succeed($"run highsmith2019/activations --variant {variant} --seeds 1 --results {together}");
        CliProcess.Succeed($"run highsmith2019/activations --variant {variant} --seeds 1 --results {apart}");

        var shared = CliProcess.Records(together)[Path.Combine("highsmith2019", "activations", variant, "seed-1.json")];
        var trained = CliProcess.Records(apart)[Path.Combine("highsmith2019", "activations", variant, "seed-1.json")];
        Assert.That(shared["sharedFrom"]?.GetValue<string>(), Is.EqualTo("highsmith2019/ordering/authors-rule,order=Random/seed-1"));
        Assert.That(trained["sharedFrom"], Is.Null);
        Assert.That(trained["epochs"]!.ToJsonString(), Is.EqualTo(shared["epochs"]!.ToJsonString()));
    }

    [Test]
    public void Merge_OfARecordFromAnotherConfig_IsRefused_AndCopiesNothing()
    {
        string part = Path.Combine(TempDirectory, "part");
        string results = Path.Combine(TempDirectory, "results");
        string good = Path.Combine(part, "highsmith2019", "freezing", "gradient,init=Uniform", "seed-2.json");
        string stale = Path.Combine(part, "highsmith2019", "freezing", "gradient,init=Freeze", "seed-1.json");
        var record = JsonNode.Parse(File.ReadAllText(Path.Combine(SeedSetTests.RepositoryRoot(), "results", "highsmith2019", "freezing", "gradient,init=Uniform", "seed-2.json")))!;
        Directory.CreateDirectory(Path.GetDirectoryName(good)!);
        File.WriteAllText(good, record.ToJsonString());
        record["variant"] = "gradient,init=Freeze";
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, record.ToJsonString());

        var (code, _, error) = CliProcess.Run(AppContext.BaseDirectory, $"merge {part} --results {results}", TimeSpan.FromMinutes(1));

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("seed-1.json: made under another config or code version").And.Contain("nothing was copied"));
        Assert.That(Directory.Exists(results), Is.False, "the good record was not copied either");
    }
}
