using System.Globalization;

namespace KerasNet.Reproduce.Benchmarks;

/// <summary>
/// This CPU's theoretical fp32 peak: logical cores × clock × SIMD lanes × 2 (an FMA is two FLOPs) × FMA units
/// per core. Read from /proc/cpuinfo where possible; the assumptions are printed with the number.
/// </summary>
/// <param name="Cores">Logical CPUs available to this process.</param>
/// <param name="GigaHertz">Clock from /proc/cpuinfo ("cpu MHz"; the current, not the boost, clock).</param>
/// <param name="Lanes">fp32 lanes per vector instruction (16 with AVX-512, 8 with AVX, 4 with SSE).</param>
/// <param name="HasFma">Whether the CPU has FMA.</param>
/// <param name="FmaUnits">Vector FMA units per core (assumed 2, as on current x86 server cores).</param>
/// <param name="Model">CPU model name.</param>
public sealed record CpuPeak(int Cores, double GigaHertz, int Lanes, bool HasFma, int FmaUnits, string Model)
{
    /// <summary>Peak GFLOP/s.</summary>
    public double GigaFlops => Cores * GigaHertz * Lanes * (HasFma ? 2 : 1) * FmaUnits;

    /// <summary>How the peak was obtained.</summary>
    public string Assumptions => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} logical cores × {GigaHertz:F2} GHz × {Lanes} fp32 lanes × {(HasFma ? 2 : 1)} (FMA) × {FmaUnits} FMA units per core (assumed) = {GigaFlops:F0} GFLOP/s");

    /// <summary>Detects the peak of this machine.</summary>
    public static CpuPeak Detect()
    {
        var lines = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
        string Field(string name) => lines.FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? string.Empty;
        var flags = Field("flags").Split(' ');
        int lanes = flags.Contains("avx512f") ? 16 : flags.Contains("avx") ? 8 : 4;
        double mhz = double.TryParse(Field("cpu MHz"), NumberStyles.Float, CultureInfo.InvariantCulture, out double m) ? m : 2000;
        string model = Field("model name");
        return new CpuPeak(Environment.ProcessorCount, mhz / 1000, lanes, flags.Contains("fma"), 2, model.Length > 0 ? model : "unknown");
    }
}
