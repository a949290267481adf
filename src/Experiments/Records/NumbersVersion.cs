namespace KerasNet.Experiments.Records;

/// <summary>
/// The version of the code's numbers. Raise <see cref="Current"/> with any change that may alter what a run computes
/// (an initializer, an optimizer default, a loss formula, the data order) and regenerate the number guard
/// (<c>reproduce guard --write</c>): records of an older version are then stale, so <c>run</c> trains them again and
/// <c>verify</c> does not count them. The number guard fails CI on any machine when numbers change without it.
/// </summary>
public static class NumbersVersion
{
    /// <summary>The version this code computes.</summary>
    public const int Current = 1;
}
