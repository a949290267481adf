namespace KerasNet.Experiments.Pictures;

/// <summary>How a panel's values become colours.</summary>
public enum PanelScale
{
    /// <summary>Values are pixel intensities in [0, 1], drawn in grey (one channel) or as RGB, clipped.</summary>
    Intensity,

    /// <summary>Values are stretched from their minimum to their maximum and drawn with the viridis colour map.</summary>
    Normalized,
}
