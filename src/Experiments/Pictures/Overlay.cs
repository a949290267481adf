namespace KerasNet.Experiments.Pictures;

/// <summary>Heat maps laid over images: bilinear upsampling of a coarse map, and a half-and-half blend with its viridis colours.</summary>
public static class Overlay
{
    /// <summary>Resizes a row-major map bilinearly (pixel centres aligned, as image resizing does), edges clamped.</summary>
    public static float[] Upsample(float[] map, int height, int width, int toHeight, int toWidth)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (map.Length != height * width || toHeight <= 0 || toWidth <= 0)
        {
            throw new ArgumentException($"Expected a {height}×{width} map and a positive target size. Received {map.Length} values, target {toHeight}×{toWidth}.", nameof(map));
        }

        var result = new float[toHeight * toWidth];
        for (int r = 0; r < toHeight; r++)
        {
            double y = Math.Clamp(((r + 0.5) * height / toHeight) - 0.5, 0, height - 1);
            int y0 = (int)y;
            int y1 = Math.Min(y0 + 1, height - 1);
            double fy = y - y0;
            for (int c = 0; c < toWidth; c++)
            {
                double x = Math.Clamp(((c + 0.5) * width / toWidth) - 0.5, 0, width - 1);
                int x0 = (int)x;
                int x1 = Math.Min(x0 + 1, width - 1);
                double fx = x - x0;
                double top = (map[(y0 * width) + x0] * (1 - fx)) + (map[(y0 * width) + x1] * fx);
                double bottom = (map[(y1 * width) + x0] * (1 - fx)) + (map[(y1 * width) + x1] * fx);
                result[(r * toWidth) + c] = (float)((top * (1 - fy)) + (bottom * fy));
            }
        }

        return result;
    }

    /// <summary>
    /// An RGB panel: the image (grey or RGB intensities in [0, 1]) blended half and half with the viridis colours of
    /// <paramref name="map"/> (upsampled to the image's size, stretched from its minimum to its maximum).
    /// </summary>
    public static ImagePanel Blend(float[] image, int height, int width, int channels, float[] map, int mapHeight, int mapWidth, string caption)
    {
        ArgumentNullException.ThrowIfNull(image);
        if (channels is not (1 or 3) || image.Length != height * width * channels)
        {
            throw new ArgumentException($"Expected a {height}×{width} image with 1 or 3 channels. Received {image.Length} values, {channels} channels.", nameof(image));
        }

        var resized = mapHeight == height && mapWidth == width ? map : Upsample(map, mapHeight, mapWidth, height, width);
        float min = resized.Min();
        float range = resized.Max() - min;
        var rgb = new float[height * width * 3];
        for (int i = 0; i < height * width; i++)
        {
            var colour = ImageGrid.Viridis(range > 0 ? (resized[i] - min) / range : 0);
            float[] heat = [colour.Red / 255f, colour.Green / 255f, colour.Blue / 255f];
            for (int c = 0; c < 3; c++)
            {
                float pixel = Math.Clamp(image[(i * channels) + (channels == 3 ? c : 0)], 0, 1);
                rgb[(i * 3) + c] = (0.5f * pixel) + (0.5f * heat[c]);
            }
        }

        return new ImagePanel(rgb, height, width, 3, caption, PanelScale.Intensity);
    }
}
