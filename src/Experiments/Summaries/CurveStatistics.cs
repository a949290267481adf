namespace KerasNet.Experiments.Summaries;

/// <summary>One metric of one variant at one epoch, across the seeds' records.</summary>
/// <param name="Epoch">The epoch.</param>
/// <param name="Count">Number of records (seeds) with a value.</param>
/// <param name="Mean">Mean over seeds.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1); 0 for a single seed.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="Values">The seeds' values, in the order of the summary's seeds.</param>
public sealed record CurveStatistics(double Epoch, int Count, double Mean, double StandardDeviation, double Min, double Max, IReadOnlyList<double> Values)
{
    /// <summary>The seeds' values at or below <paramref name="bound"/>, NaN included (it is not above): runs that ended there.</summary>
    public IReadOnlyList<double> AtOrBelow(double bound) => [.. Values.Where(v => !(v > bound))];

    /// <summary>The statistics of some values.</summary>
    public static CurveStatistics Of(double epoch, IReadOnlyList<double> values)
    {
        double mean = values.Average();
        double variance = values.Count > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) : 0;
        return new CurveStatistics(epoch, values.Count, mean, Math.Sqrt(variance), values.Min(), values.Max(), [.. values]);
    }
}
