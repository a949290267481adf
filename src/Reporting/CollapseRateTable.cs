using System.Globalization;
using System.Text;
using KerasNet.Experiments.Configuration;
using KerasNet.Experiments.Summaries;

namespace KerasNet.Reporting;

/// <summary>
/// The section of a collapse-rate experiment (<see cref="CollapseRateSettings"/>): per variant how many seeds collapsed,
/// the rate with its exact (Clopper–Pearson) 95% interval, and per form the probability of the report's published runs
/// under the measured rates.
/// </summary>
public static class CollapseRateTable
{
    /// <summary>The tables in Markdown, or an empty string when the experiment measures no collapse rate.</summary>
    public static string Render(ExperimentConfig config, ExperimentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(summary);
        if (config.CollapseRate is not { } settings)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Collapse rates: a run collapsed when its {settings.Metric} after epoch {settings.Epoch} is at most {F(settings.Threshold)}; 95% intervals exact (Clopper–Pearson).");
        text.AppendLine();
        text.AppendLine("| variant | collapsed | rate | 95% interval |");
        text.AppendLine("|---|---|---|---|");
        var rates = new Dictionary<string, double>(StringComparer.Ordinal);
        var smoothed = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var variant in config.Variants)
        {
            if (CollapsePattern.Count(settings, summary, variant.Name) is not var (collapsed, seeds))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {variant.Name} | no records | | |");
                continue;
            }

            var (low, high) = ClopperPearson(collapsed, seeds);
            rates[variant.Name] = (double)collapsed / seeds;
            smoothed[variant.Name] = CollapsePattern.Smoothed(collapsed, seeds);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {variant.Name} | {collapsed} of {seeds} | {F(rates[variant.Name])} | {F(low)} – {F(high)} |");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"The report's runs ({string.Join("; ", settings.Pattern.Select(r => $"{r.Source}: {(r.Collapsed ? "collapsed" : "escaped")}"))}) under the measured rates:");
        text.AppendLine();
        foreach (string form in settings.Forms)
        {
            var probability = CollapsePattern.Probability(settings.Pattern, setting => rates.TryGetValue($"{form},{setting}", out double rate) ? rate : null);
            var pValue = CollapsePattern.PValue(settings.Pattern, setting => smoothed.TryGetValue($"{form},{setting}", out double rate) ? rate : null);
            text.AppendLine(CultureInfo.InvariantCulture, $"- {form}: {(probability is { } p ? $"probability {F(p)}; p-value {F(pValue!.Value)} (rates smoothed to (collapsed + 1) / (seeds + 2); the share of outcome patterns no more likely)" : "not all its variants have records")}");
        }

        text.AppendLine();
        return text.ToString();
    }

    /// <summary>
    /// The exact two-sided 95% interval of a binomial rate from <paramref name="successes"/> of <paramref name="trials"/>:
    /// the rates at which seeing at least (at most) that many has probability 2.5%.
    /// </summary>
    public static (double Low, double High) ClopperPearson(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(trials, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        double low = successes == 0 ? 0 : Solve(p => 1 - Cdf(successes - 1, trials, p) - 0.025);
        double high = successes == trials ? 1 : Solve(p => 0.025 - Cdf(successes, trials, p));
        return (low, high);
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p).</summary>
    private static double Cdf(int k, int n, double p)
    {
        double sum = 0;
        for (int i = 0; i <= k; i++)
        {
            sum += Math.Exp(LogChoose(n, i) + (i * Math.Log(p)) + ((n - i) * Math.Log(1 - p)));
        }

        return sum;
    }

    private static double LogChoose(int n, int k)
    {
        double value = 0;
        for (int i = 1; i <= k; i++)
        {
            value += Math.Log(n - k + i) - Math.Log(i);
        }

        return value;
    }

    /// <summary>The root in (0, 1) of an increasing function, by bisection to 1e-12.</summary>
    private static double Solve(Func<double, double> increasing)
    {
        double low = 1e-15;
        double high = 1 - 1e-15;
        while (high - low > 1e-12)
        {
            double middle = (low + high) / 2;
            if (increasing(middle) < 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return (low + high) / 2;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
