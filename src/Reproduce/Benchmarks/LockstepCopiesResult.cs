using System.Globalization;
using System.Text;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>Lockstep epoch times against the number of copies (medians), with one plain <c>Fit</c>'s for scale.</summary>
/// <param name="Model">Catalog model name.</param>
/// <param name="BatchSize">Training batch size.</param>
/// <param name="Samples">Training samples per epoch.</param>
/// <param name="Epochs">Epochs timed.</param>
/// <param name="FitSeconds">Median seconds per epoch of one plain <c>Fit</c>.</param>
/// <param name="Lockstep">Median seconds per epoch of <c>Lockstep.Fit</c> (all copies), by number of copies.</param>
public sealed record LockstepCopiesResult(string Model, int BatchSize, int Samples, int Epochs, double FitSeconds, IReadOnlyList<(int Copies, double Seconds)> Lockstep)
{
    /// <summary>Seconds per epoch every copy adds: the least-squares slope of the lockstep times over the number of copies.</summary>
    public double PerCopySeconds
    {
        get
        {
            double meanK = Lockstep.Average(p => p.Copies);
            double meanT = Lockstep.Average(p => p.Seconds);
            return Lockstep.Sum(p => (p.Copies - meanK) * (p.Seconds - meanT)) / Lockstep.Sum(p => (p.Copies - meanK) * (p.Copies - meanK));
        }
    }

    /// <summary>Seconds per epoch the copies share: the least-squares intercept.</summary>
    public double SharedSeconds => Lockstep.Average(p => p.Seconds) - (PerCopySeconds * Lockstep.Average(p => p.Copies));

    /// <summary>
    /// The least time k copies in lockstep can take against k plain fits, as the straight line says:
    /// (shared + k · per copy) / (k · one Fit), a negative intercept (noise around none) counted as no shared time.
    /// </summary>
    public double BestRatio(int copies) => (Math.Max(SharedSeconds, 0) + (copies * PerCopySeconds)) / (copies * FitSeconds);

    /// <summary>The markdown table and the line's reading.</summary>
    public string Table()
    {
        var text = new StringBuilder();
        text.AppendLine("| copies | lockstep s/epoch (all copies) | s/epoch per copy | per copy / one Fit |");
        text.AppendLine("|---|---|---|---|");
        foreach (var (copies, seconds) in Lockstep)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {copies} | {seconds:F3} | {seconds / copies:F3} | {seconds / copies / FitSeconds:F2} |");
        }

        text.AppendLine();
        string shared = SharedSeconds < 0
            ? string.Create(CultureInfo.InvariantCulture, $"no measurable time shared per epoch (intercept {SharedSeconds:F3} s)")
            : string.Create(CultureInfo.InvariantCulture, $"{SharedSeconds:F3} s shared per epoch");
        text.AppendLine(CultureInfo.InvariantCulture, $"One plain `Fit`: {FitSeconds:F3} s per epoch. Straight line through the lockstep times: {shared} + {PerCopySeconds:F3} s per copy, i.e. each copy adds {PerCopySeconds / FitSeconds:P0} of a plain fit's time; so 4 copies take at best {BestRatio(4):F2}× the time of 4 fits, and no number of copies goes below {PerCopySeconds / FitSeconds:F2}×.");
        return text.ToString();
    }
}
