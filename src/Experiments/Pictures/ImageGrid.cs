using SkiaSharp;

namespace KerasNet.Experiments.Pictures;

/// <summary>
/// Writes pictures side by side as one PNG: panels in rows of <c>columns</c>, each enlarged by an integer factor with
/// square pixels and captioned underneath. Written to a temporary file and renamed, so a PNG is whole or absent.
/// </summary>
public static class ImageGrid
{
    private const int Padding = 6;
    private const int CaptionHeight = 16;

    /// <summary>Eight evenly spaced colours of matplotlib's viridis map, RGB.</summary>
    private static readonly byte[] ViridisAnchors = [68, 1, 84, 70, 50, 127, 54, 92, 141, 39, 127, 142, 31, 161, 135, 74, 194, 109, 159, 218, 58, 253, 231, 37];

    /// <summary>Writes the grid to <paramref name="path"/>.</summary>
    public static void Write(string path, IReadOnlyList<ImagePanel> panels, int columns, int pixelSize = 4)
    {
        ArgumentNullException.ThrowIfNull(panels);
        if (panels.Count == 0 || columns < 1 || pixelSize < 1)
        {
            throw new ArgumentException($"Expected at least one panel, columns >= 1 and pixelSize >= 1. Received: {panels.Count}, {columns}, {pixelSize}.");
        }

        foreach (var panel in panels)
        {
            if (panel.Channels is not (1 or 3) || panel.Pixels.Length != panel.Height * panel.Width * panel.Channels)
            {
                throw new ArgumentException($"Panel '{panel.Caption}': {panel.Pixels.Length} values do not make a {panel.Height}×{panel.Width}×{panel.Channels} image (1 or 3 channels).", nameof(panels));
            }
        }

        int cellWidth = (panels.Max(p => p.Width) * pixelSize) + Padding;
        int cellHeight = (panels.Max(p => p.Height) * pixelSize) + CaptionHeight + Padding;
        int rows = (panels.Count + columns - 1) / columns;
        using var bitmap = new SKBitmap((Math.Min(columns, panels.Count) * cellWidth) + Padding, (rows * cellHeight) + Padding);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var font = new SKFont(SKTypeface.Default, 11);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        for (int i = 0; i < panels.Count; i++)
        {
            int left = Padding + ((i % columns) * cellWidth);
            int top = Padding + ((i / columns) * cellHeight);
            Draw(canvas, panels[i], left, top, pixelSize);
            canvas.DrawText(Fit(panels[i].Caption, cellWidth - Padding, font), left, top + (panels[i].Height * pixelSize) + CaptionHeight - 4, SKTextAlign.Left, font, ink);
        }

        AtomicFile.Write(path, file => bitmap.Encode(file, SKEncodedImageFormat.Png, 100));
    }

    /// <summary>The viridis colour of <paramref name="t"/> in [0, 1] (linear between eight anchors of matplotlib's map).</summary>
    public static SKColor Viridis(double t)
    {
        double position = Math.Clamp(double.IsNaN(t) ? 0 : t, 0, 1) * 7;
        int low = Math.Min((int)position, 6);
        double fraction = position - low;
        byte Channel(int c) => (byte)Math.Round(ViridisAnchors[(low * 3) + c] + (fraction * (ViridisAnchors[((low + 1) * 3) + c] - ViridisAnchors[(low * 3) + c])));
        return new SKColor(Channel(0), Channel(1), Channel(2));
    }

    private static void Draw(SKCanvas canvas, ImagePanel panel, int left, int top, int pixelSize)
    {
        float minimum = panel.Pixels.Where(float.IsFinite).DefaultIfEmpty(0).Min();
        float maximum = panel.Pixels.Where(float.IsFinite).DefaultIfEmpty(0).Max();
        using var paint = new SKPaint();
        for (int row = 0; row < panel.Height; row++)
        {
            for (int column = 0; column < panel.Width; column++)
            {
                int at = ((row * panel.Width) + column) * panel.Channels;
                paint.Color = panel.Scale == PanelScale.Normalized
                    ? Viridis(maximum > minimum ? (panel.Pixels[at] - minimum) / (maximum - minimum) : 0)
                    : panel.Channels == 1
                        ? Grey(panel.Pixels[at])
                        : new SKColor(Byte(panel.Pixels[at]), Byte(panel.Pixels[at + 1]), Byte(panel.Pixels[at + 2]));
                canvas.DrawRect(left + (column * pixelSize), top + (row * pixelSize), pixelSize, pixelSize, paint);
            }
        }
    }

    private static SKColor Grey(float value) => new(Byte(value), Byte(value), Byte(value));

    private static byte Byte(float value) => (byte)Math.Round(Math.Clamp(float.IsNaN(value) ? 0 : value, 0, 1) * 255);

    private static string Fit(string caption, int width, SKFont font)
    {
        string text = caption;
        while (text.Length > 1 && font.MeasureText(text) > width)
        {
            text = text[..^2] + "…";
        }

        return text;
    }
}
