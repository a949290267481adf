using System.Globalization;
using System.Text;
using KerasNet.Backend;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>The benchmark table, for the console and for docs/PERFORMANCE.md.</summary>
public static class PerformanceReport
{
    /// <summary>The markdown table of the results.</summary>
    public static string Table(IReadOnlyList<BenchmarkResult> results, CpuPeak peak)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(peak);
        var text = new StringBuilder();
        text.AppendLine("| model | batch | KerasNet s/epoch | plain TorchSharp s/epoch | ratio | train img/s | inference img/s | train GFLOP/s | % of fp32 peak | peak RSS MB |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Model} | {r.BatchSize} | {r.KerasNetEpochSeconds:F2} | {r.PlainEpochSeconds:F2} | {r.Ratio:F3} | {r.TrainingImagesPerSecond:F0} | {r.InferenceImagesPerSecond:F0} | {r.TrainingGigaFlops:F1} | {100 * r.TrainingGigaFlops / peak.GigaFlops:F1} | {r.PeakMemoryMegabytes:F0} |"));
        }

        return text.ToString();
    }

    /// <summary>The line after which a hand-written part of PERFORMANCE.md is kept when the benchmark rewrites it.</summary>
    public const string KeptNotesMarker = "<!-- Everything below this line is kept when reproduce bench rewrites this file. -->";

    /// <summary>The whole PERFORMANCE.md: machine, command, method, table.</summary>
    public static string Document(IReadOnlyList<BenchmarkResult> results, CpuPeak peak, string command, int samples, int threads, DateTimeOffset when)
    {
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Written by `{command}` on {when:yyyy-MM-dd}. Machine: {peak.Model}, {peak.Cores} logical cores, libtorch threads {threads}; TorchSharp {Engine.TorchSharpVersion}, libtorch {Engine.LibTorchVersion}, .NET {Environment.Version}.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Method: per model, {results.FirstOrDefault()?.Epochs ?? 0} epochs of {samples} synthetic 28×28 samples with KerasNet's `Fit` (Adam, categorical crossentropy, softmax output, no metric — the plain loop computes none either) alternate with the same number of epochs of a hand-written TorchSharp loop on the same architecture (modules, NCHW input, `torch.optim.Adam`, and the same loss math written out: softmax, rescale, clip to [1e-7, 1 − 1e-7], −Σ t·log p — so the ratio measures the API, not Keras's loss formula); times are medians. KerasNet's epoch time runs from its epoch start to its epoch end and includes its running loss/accuracy bookkeeping. GFLOP/s use an analytic count (Dense 2·in·out, Conv2D 2·kh·kw·cin·cout·hout·wout per sample, training = 3 × forward). Peak fp32: {peak.Assumptions}. Peak RSS is the process's VmHWM, reset before each model.");
        text.AppendLine();
        text.Append(Table(results, peak));
        return text.ToString();
    }

    /// <summary>
    /// <paramref name="document"/> with the section <paramref name="name"/> (between <c>&lt;!-- begin name --&gt;</c> and
    /// <c>&lt;!-- end name --&gt;</c>) replaced by <paramref name="content"/>, or added at the end when it has none.
    /// </summary>
    public static string WithSection(string document, string name, string content)
    {
        ArgumentNullException.ThrowIfNull(document);
        string begin = $"<!-- begin {name} -->";
        string end = $"<!-- end {name} -->";
        string section = $"{begin}{Environment.NewLine}{content}{end}";
        int start = document.IndexOf(begin, StringComparison.Ordinal);
        int stop = start < 0 ? -1 : document.IndexOf(end, start, StringComparison.Ordinal);
        return start >= 0 && stop >= 0
            ? document[..start] + section + document[(stop + end.Length)..]
            : document.TrimEnd() + Environment.NewLine + Environment.NewLine + section + Environment.NewLine;
    }

    /// <summary>The new document followed by the kept part (from the marker on) of the previous one, if any.</summary>
    public static string KeepNotes(string document, string? previous)
    {
        int marker = previous?.IndexOf(KeptNotesMarker, StringComparison.Ordinal) ?? -1;
        return marker < 0 ? document : document + Environment.NewLine + previous![marker..];
    }
}
