using KerasNet.Experiments.Verification;

namespace KerasNet.Reporting;

/// <summary>How REPRODUCTION.md marks a verdict: one symbol, and the symbol with its word.</summary>
public static class VerdictMark
{
    /// <summary>The symbol alone (table cells).</summary>
    public static string Symbol(Verdict verdict) => verdict switch
    {
        Verdict.Reproduces => "✅",
        Verdict.Deviation => "🟧",
        Verdict.Fails => "❌",
        Verdict.Pending => "⏳",
        Verdict.DataMissing => "⏸",
        _ => "⚠️",
    };

    /// <summary>The symbol and the verdict in words; a pending verdict gives the config's reason.</summary>
    public static string Label(Verdict verdict, string? pending) => verdict switch
    {
        Verdict.Reproduces => "✅ reproduces",
        Verdict.Deviation => "🟧 deviation (pinned)",
        Verdict.Fails => "❌ FAIL",
        Verdict.Pending => $"⏳ pending: {pending}",
        Verdict.DataMissing => "⏸ data missing",
        _ => "⚠️ inconclusive",
    };
}
