namespace KerasNet.Callbacks;

/// <summary>Whether a monitored quantity should go down or up.</summary>
public enum MonitorMode
{
    /// <summary>Up for names containing "acc", down otherwise (Keras <c>auto</c>).</summary>
    Auto,

    /// <summary>Lower is better.</summary>
    Min,

    /// <summary>Higher is better.</summary>
    Max,
}
