namespace KerasNet.Experiments.Analysis;

/// <summary>
/// Where the energy |F|² of a centred log-magnitude spectrum <c>log(1 + |F|)</c> (as
/// <see cref="Interpret.FeatureVisualization.Spectrum"/> returns it) lies; zero frequency at (⌊h/2⌋, ⌊w/2⌋).
/// </summary>
public static class SpectrumEnergy
{
    /// <summary>The share of |F|² (recovered from log(1+|F|)) within half the Nyquist radius of the centre (distance ≤ min(h, w)/4).</summary>
    public static double LowFrequencyShare(float[] logMagnitude, int height, int width)
    {
        double radius = Math.Min(height, width) / 4.0;
        return Share(logMagnitude, height, width, (r, c) => Math.Sqrt(Math.Pow(r - (height / 2), 2) + Math.Pow(c - (width / 2), 2)) <= radius);
    }

    /// <summary>The share of |F|² on the centre row and the centre column (zero frequency in one direction).</summary>
    public static double AxisShare(float[] logMagnitude, int height, int width) =>
        Share(logMagnitude, height, width, (r, c) => r == height / 2 || c == width / 2);

    /// <summary>The Pearson correlation of two spectra of one size, bin by bin (1: the same pattern; 0: unrelated).</summary>
    /// <exception cref="ArgumentException">Different sizes, or a constant spectrum (no correlation defined).</exception>
    public static double Correlation(float[] first, float[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length != second.Length || first.Length < 2)
        {
            throw new ArgumentException($"Expected two spectra of one size. Received {first.Length} and {second.Length} values.", nameof(second));
        }

        double meanFirst = first.Average(v => (double)v);
        double meanSecond = second.Average(v => (double)v);
        double covariance = 0;
        double varianceFirst = 0;
        double varianceSecond = 0;
        for (int i = 0; i < first.Length; i++)
        {
            double a = first[i] - meanFirst;
            double b = second[i] - meanSecond;
            covariance += a * b;
            varianceFirst += a * a;
            varianceSecond += b * b;
        }

        return varianceFirst > 0 && varianceSecond > 0
            ? covariance / Math.Sqrt(varianceFirst * varianceSecond)
            : throw new ArgumentException("A constant spectrum has no correlation.", nameof(first));
    }

    private static double Share(float[] logMagnitude, int height, int width, Func<int, int, bool> inside)
    {
        ArgumentNullException.ThrowIfNull(logMagnitude);
        if (height <= 0 || width <= 0 || logMagnitude.Length != height * width)
        {
            throw new ArgumentException($"Expected a {height}×{width} spectrum. Received {logMagnitude.Length} values.", nameof(logMagnitude));
        }

        double total = 0;
        double selected = 0;
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                double magnitude = Math.Exp(logMagnitude[(r * width) + c]) - 1;
                double energy = magnitude * magnitude;
                total += energy;
                selected += inside(r, c) ? energy : 0;
            }
        }

        return total > 0 ? selected / total : 0;
    }
}
