namespace KerasNet.Experiments.Verification;

/// <summary>One set-up's float64 guard numbers: the running loss after each step of a short fixed training, then the loss evaluated after it.</summary>
/// <param name="Experiment">The first experiment whose variant has this set-up.</param>
/// <param name="Variant">That variant.</param>
/// <param name="Losses">The running training loss after each step, then the evaluated loss.</param>
public sealed record GuardValue(string Experiment, string Variant, IReadOnlyList<double> Losses);
