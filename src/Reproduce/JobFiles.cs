using System.Globalization;
using System.Text;

namespace KerasNet.Reproduce;

/// <summary>
/// Job files that run experiments as <c>n</c> shards on an existing engine — a Slurm job array, a GitHub Actions matrix, a
/// Kubernetes Indexed Job — each shard writing its records to <c>results-shard-&lt;i&gt;</c>, which merge by copying
/// (<c>reproduce merge</c>). Every shard runs <c>reproduce run &lt;experiment&gt; --shard i/n</c> from a checkout of
/// this repository.
/// </summary>
public static class JobFiles
{
    /// <summary>The engines a file can be written for.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["slurm", "github-actions", "k8s"];

    /// <summary>The file for <paramref name="kind"/>.</summary>
    /// <exception cref="UsageException">An unknown kind.</exception>
    public static string Write(string kind, IReadOnlyList<string> experiments, int shards, double? estimatedSeconds) => kind switch
    {
        "slurm" => Slurm(experiments, shards, estimatedSeconds),
        "github-actions" => GitHubActions(experiments, shards),
        "k8s" => Kubernetes(experiments, shards),
        _ => throw new UsageException($"--emit takes {string.Join(", ", Kinds)}; received '{kind}'."),
    };

    private static string Runs(IReadOnlyList<string> experiments, string index, string count) =>
        string.Concat(experiments.Select(e => $"dotnet run --project src/Reproduce -c Release -- run {e} --shard {index}/{count} --results results-shard-{index}\n"));

    private static string Slurm(IReadOnlyList<string> experiments, int shards, double? estimatedSeconds)
    {
        var text = new StringBuilder();
        text.Append("#!/bin/bash\n");
        text.Append("# Submit from a checkout of KerasNet: sbatch reproduce.slurm. Then copy results-shard-*/ together: reproduce merge results-shard-*\n");
        text.Append("#SBATCH --job-name=kerasnet\n");
        text.Append(CultureInfo.InvariantCulture, $"#SBATCH --array=0-{shards - 1}\n");
        text.Append("#SBATCH --cpus-per-task=2\n");
        if (estimatedSeconds is { } seconds)
        {
            // Twice the even share of the estimate: the parts are balanced by variant count, not by cost.
            var limit = TimeSpan.FromSeconds(Math.Ceiling(2 * seconds / shards) + 600);
            text.Append(CultureInfo.InvariantCulture, $"#SBATCH --time={(int)limit.TotalHours}:{limit.Minutes:00}:{limit.Seconds:00}\n");
        }

        text.Append("set -euo pipefail\n");
        text.Append(Runs(experiments, "$SLURM_ARRAY_TASK_ID", "$SLURM_ARRAY_TASK_COUNT"));
        return text.ToString();
    }

    private static string GitHubActions(IReadOnlyList<string> experiments, int shards)
    {
        var text = new StringBuilder();
        text.Append("# .github/workflows/reproduce.yml — one job per shard; download the artifacts and run: reproduce merge results-shard-*\n");
        text.Append("name: reproduce\n");
        text.Append("on: workflow_dispatch\n");
        text.Append("jobs:\n");
        text.Append("  shard:\n");
        text.Append("    runs-on: ubuntu-latest\n");
        text.Append("    timeout-minutes: 360\n");
        text.Append("    strategy:\n");
        text.Append("      fail-fast: false\n");
        text.Append("      matrix:\n");
        text.Append(CultureInfo.InvariantCulture, $"        shard: [{string.Join(", ", Enumerable.Range(0, shards))}]\n");
        text.Append("    steps:\n");
        text.Append("      - uses: actions/checkout@v4\n");
        text.Append("      - uses: actions/setup-dotnet@v4\n");
        text.Append("        with:\n");
        text.Append("          dotnet-version: '10.0.x'\n");
        foreach (string experiment in experiments)
        {
            text.Append(CultureInfo.InvariantCulture, $"      - run: dotnet run --project src/Reproduce -c Release -- run {experiment} --shard ${{{{ matrix.shard }}}}/{shards} --results results-shard-${{{{ matrix.shard }}}}\n");
        }

        text.Append("      - uses: actions/upload-artifact@v4\n");
        text.Append("        with:\n");
        text.Append("          name: results-shard-${{ matrix.shard }}\n");
        text.Append("          path: results-shard-${{ matrix.shard }}\n");
        return text.ToString();
    }

    private static string Kubernetes(IReadOnlyList<string> experiments, int shards)
    {
        var text = new StringBuilder();
        text.Append("# kubectl apply -f reproduce.yaml — needs a volume 'kerasnet' holding a checkout of KerasNet at /work;\n");
        text.Append("# each pod writes /work/results-shard-<index>; then: reproduce merge results-shard-*\n");
        text.Append("apiVersion: batch/v1\n");
        text.Append("kind: Job\n");
        text.Append("metadata:\n");
        text.Append("  name: kerasnet-reproduce\n");
        text.Append("spec:\n");
        text.Append("  completionMode: Indexed\n");
        text.Append(CultureInfo.InvariantCulture, $"  completions: {shards}\n");
        text.Append(CultureInfo.InvariantCulture, $"  parallelism: {shards}\n");
        text.Append("  template:\n");
        text.Append("    spec:\n");
        text.Append("      restartPolicy: Never\n");
        text.Append("      containers:\n");
        text.Append("        - name: reproduce\n");
        text.Append("          image: mcr.microsoft.com/dotnet/sdk:10.0\n");
        text.Append("          workingDir: /work\n");
        text.Append("          command: [\"bash\", \"-c\"]\n");
        text.Append("          args:\n");
        text.Append("            - |\n");
        text.Append("              set -euo pipefail\n");
        foreach (string line in Runs(experiments, "$JOB_COMPLETION_INDEX", shards.ToString(CultureInfo.InvariantCulture)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(CultureInfo.InvariantCulture, $"              {line}\n");
        }

        text.Append("          volumeMounts:\n");
        text.Append("            - name: kerasnet\n");
        text.Append("              mountPath: /work\n");
        text.Append("      volumes:\n");
        text.Append("        - name: kerasnet\n");
        text.Append("          persistentVolumeClaim:\n");
        text.Append("            claimName: kerasnet\n");
        return text.ToString();
    }
}
