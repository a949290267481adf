namespace KerasNet.Experiments.Records;

/// <summary>How a run ended. A diverged run (NaN or infinite loss) is a result, not a crash.</summary>
public enum RunStatus
{
    /// <summary>All epochs ran with finite losses.</summary>
    Completed,

    /// <summary>The training loss became NaN or infinite.</summary>
    Diverged,
}
