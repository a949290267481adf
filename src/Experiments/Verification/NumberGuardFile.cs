namespace KerasNet.Experiments.Verification;

/// <summary><c>results/number-guard.json</c>: the guard numbers of every set-up, under the numbers version they were computed at.</summary>
/// <param name="NumbersVersion">The <see cref="Records.NumbersVersion.Current"/> the values were computed under.</param>
/// <param name="Values">One entry per distinct set-up, in experiment and variant order.</param>
public sealed record NumberGuardFile(int NumbersVersion, IReadOnlyList<GuardValue> Values);
