using System.Diagnostics;
using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

/// <summary>The job files of <c>plan --emit</c>: well-formed, and each shard's command one that <c>reproduce run</c> accepts.</summary>
public sealed class JobFilesTests : TemporaryDirectoryTest
{
    private static readonly string[] Experiments = ["highsmith2019/freezing", "aven2019/tricks"];

    [Test]
    public void Slurm_IsAValidBashScript_WithAnArrayOfOneTaskPerShard()
    {
        string file = JobFiles.Write("slurm", Experiments, 3, estimatedSeconds: 3600);
        string path = Path.Combine(TempDirectory, "reproduce.slurm");
        File.WriteAllText(path, file);

        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
        bash.WaitForExit();

        Assert.That(bash.ExitCode, Is.Zero, bash.StandardError.ReadToEnd());
        Assert.That(file, Does.Contain("#SBATCH --array=0-2\n").And.Contain("#SBATCH --time=0:50:00\n"), "2 × 3600 s / 3 + 10 min");
        AssertRuns(file, "$SLURM_ARRAY_TASK_ID", "$SLURM_ARRAY_TASK_COUNT");
    }

    [Test]
    public void GitHubActions_HasAMatrixOfTheShards_AndUploadsEachShardsResults()
    {
        string file = JobFiles.Write("github-actions", Experiments, 3, estimatedSeconds: null);

        Assert.That(file, Does.Contain("        shard: [0, 1, 2]\n").And.Contain("name: results-shard-${{ matrix.shard }}"));
        Assert.That(file.Split('\n').Where(l => l.Length > 0).All(l => l.StartsWith('#') || !l.Contains('\t')), Is.True, "YAML is indented with spaces");
        AssertRuns(file, "${{ matrix.shard }}", "3");
    }

    [Test]
    public void Kubernetes_IsAnIndexedJobOfTheShards()
    {
        string file = JobFiles.Write("k8s", Experiments, 4, estimatedSeconds: null);

        Assert.That(file, Does.Contain("  completionMode: Indexed\n").And.Contain("  completions: 4\n").And.Contain("  parallelism: 4\n"));
        AssertRuns(file, "$JOB_COMPLETION_INDEX", "4");
    }

    [Test]
    public void UnknownEngine_IsAUsageError()
    {
        Assert.That(() => JobFiles.Write("airflow", Experiments, 2, null), Throws.TypeOf<UsageException>().With.Message.Contains("slurm, github-actions, k8s"));
    }

    /// <summary>One run line per experiment, each parsed by <c>reproduce run</c>'s own parser once the engine's variables are filled in.</summary>
    private static void AssertRuns(string file, string index, string count)
    {
        var runs = file.Split('\n').Select(l => l.Trim().TrimStart('-', ' ').Replace("run: ", "", StringComparison.Ordinal))
            .Where(l => l.StartsWith("dotnet run --project src/Reproduce -c Release -- run ", StringComparison.Ordinal)).ToList();
        Assert.That(runs, Has.Count.EqualTo(Experiments.Length));
        for (int i = 0; i < runs.Count; i++)
        {
            string filled = runs[i].Replace(index, "1", StringComparison.Ordinal).Replace(count, "3", StringComparison.Ordinal);
            var parsed = RunArguments.Parse(filled.Split(' ')[8..]);
            Assert.That((parsed.Experiment, parsed.Shard, parsed.Results), Is.EqualTo((Experiments[i], new KerasNet.Experiments.Running.Shard(1, 3), "results-shard-1")), runs[i]);
        }
    }
}
