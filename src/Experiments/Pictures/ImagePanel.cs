namespace KerasNet.Experiments.Pictures;

/// <summary>One picture of an <see cref="ImageGrid"/>: a single-channel map or an RGB image, and its caption.</summary>
/// <param name="Pixels">Row-major values, <c>Height × Width</c> (one channel) or <c>Height × Width × 3</c> (RGB).</param>
/// <param name="Height">Rows.</param>
/// <param name="Width">Columns.</param>
/// <param name="Channels">1 or 3.</param>
/// <param name="Caption">Text under the picture.</param>
/// <param name="Scale">How values become colours.</param>
public sealed record ImagePanel(float[] Pixels, int Height, int Width, int Channels, string Caption, PanelScale Scale)
{
    /// <summary>A single-channel panel.</summary>
    public static ImagePanel Map(float[] pixels, int height, int width, string caption, PanelScale scale = PanelScale.Normalized) =>
        new(pixels, height, width, 1, caption, scale);
}
