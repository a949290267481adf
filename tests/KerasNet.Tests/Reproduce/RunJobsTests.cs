using System.Text.Json.Nodes;
using KerasNet.Data;
using KerasNet.Experiments.Records;
using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

/// <summary>
/// <c>run --jobs N</c>: runs trained in child processes at once equal those one process trains alone with the same
/// threads; a run another process holds is left to it; a failing job makes the command fail and names it.
/// </summary>
public sealed class RunJobsTests : TemporaryDirectoryTest
{
    private const string Experiment = "highsmith2019/freezing";
    private const string Variant = "gradient,init=Uniform";

    [Test]
    public void TwoJobs_WriteTheRecordsOneProcessWritesOnOneThread_AndTheSummary()
    {
        RequireMnist();
        string single = Path.Combine(TempDirectory, "single");
        string jobs = Path.Combine(TempDirectory, "jobs");
        CliProcess.Succeed($"run {Experiment} --variant {Variant} --threads 1 --results {single}");

        string output = CliProcess.Succeed($"run {Experiment} --variant {Variant} --jobs 2 --results {jobs}");

        Assert.That(output, Does.Contain($"job 1/4 {Variant} seed ").And.Contain($"job 4/4 {Variant} seed "), "one job per run");
        var expected = CliProcess.Records(single);
        var actual = CliProcess.Records(jobs);
        Assert.That(actual.Keys, Is.EquivalentTo(expected.Keys));
        foreach (var (run, record) in expected)
        {
            foreach (string numbers in new[] { "configHash", "epochs", "fingerprint", "weightsSha256" })
            {
                Assert.That(actual[run][numbers]!.ToJsonString(), Is.EqualTo(record[numbers]!.ToJsonString()), $"{run} {numbers}");
            }

            Assert.That(actual[run]["environment"]!["threads"]!.GetValue<int>(), Is.EqualTo(1), $"{run}: one thread per job unless --threads says otherwise");
        }

        string summary = Path.Combine("highsmith2019", "freezing", "summary.csv");
        Assert.That(File.ReadAllText(Path.Combine(jobs, summary)), Is.EqualTo(File.ReadAllText(Path.Combine(single, summary))));
        Assert.That(Directory.GetFiles(jobs, "*.lock", SearchOption.AllDirectories).Select(Path.GetFileName), Is.All.EqualTo(".lock"), "no run lock is left behind");
    }

    [Test]
    public void ARunAnotherProcessHolds_IsLeftToIt()
    {
        RequireMnist();
        string results = Path.Combine(TempDirectory, "results");
        string record = Path.Combine(results, "highsmith2019", "freezing", Variant, "seed-1.json");

        string output;
        using (RunLock.Acquire(record))
        {
            output = CliProcess.Succeed($"run {Experiment} --variant {Variant} --seeds 1 --results {results}");
        }

        Assert.That(output, Does.Contain($"busy  {Variant} seed 1: another process is on it (lock {RunLock.PathOf(record)}); left to it"));
        Assert.That(File.Exists(record), Is.False);
    }

    [Test]
    public void Jobs_RunAtMostNAtOnce_PassTheirOutputOn_AndNameTheFailedOnes()
    {
        string marker = Path.Combine(TempDirectory, "running");
        string Job(string exit) => $"if [ -e {marker} ]; then echo overlap; fi; touch {marker}; sleep 0.2; rm {marker}; echo done; exit {exit}";
        var output = new StringWriter();

        var failed = new RunJobs(["/bin/sh", "-c"], output).Run([("a", [Job("0")]), ("b", [Job("3")]), ("c", [Job("0")])], parallel: 1, CancellationToken.None);

        Assert.That(failed, Is.EqualTo(new[] { "b" }));
        string text = output.ToString();
        Assert.That(text, Does.Contain("a | done").And.Contain("b | failed (exit code 3)").And.Contain("c | finished"));
        Assert.That(text, Does.Not.Contain("| overlap"), "parallel 1 runs one job at a time");
    }

    [Test]
    public void Jobs_RunTogetherUpToTheLimit()
    {
        string Job(string mine, string other) => $"touch {Path.Combine(TempDirectory, mine)}; for i in $(seq 100); do [ -e {Path.Combine(TempDirectory, other)} ] && exit 0; sleep 0.05; done; exit 1";
        var output = new StringWriter();

        var failed = new RunJobs(["/bin/sh", "-c"], output).Run([("a", [Job("a", "b")]), ("b", [Job("b", "a")])], parallel: 2, CancellationToken.None);

        Assert.That(failed, Is.Empty, $"each job saw the other running: {output}");
    }

    [Test]
    public void JobsWithQuick_IsAUsageError()
    {
        Assert.That(() => RunArguments.Parse([Experiment, "--quick", "--jobs", "2"]), Throws.TypeOf<UsageException>().With.Message.EqualTo("run takes --quick or --jobs, not both: a quick run is one seed of each variant, one after the other."));
        Assert.That(() => RunArguments.Parse([Experiment, "--jobs", "0"]), Throws.TypeOf<UsageException>().With.Message.EqualTo("--jobs expects a positive integer; received '0'."));
    }

    private static void RequireMnist()
    {
        if (new DatasetStore().Check(Datasets.Mnist).State != DatasetState.Verified)
        {
            Assert.Ignore("MNIST is not installed (reproduce data fetch mnist).");
        }
    }
}
