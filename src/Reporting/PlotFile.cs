using KerasNet.Experiments;
using ScottPlot;

namespace KerasNet.Reporting;

/// <summary>Saves plots as PNG files through <see cref="AtomicFile"/>, so a report interrupted mid-write leaves no broken picture.</summary>
internal static class PlotFile
{
    /// <summary>Renders <paramref name="plot"/> at <paramref name="width"/> × <paramref name="height"/> pixels to <paramref name="path"/>.</summary>
    public static void SavePng(Plot plot, string path, int width, int height)
    {
        using var image = plot.GetImage(width, height);
        byte[] png = image.GetImageBytes(ImageFormat.Png, 100);
        AtomicFile.Write(path, file => file.Write(png));
    }
}
