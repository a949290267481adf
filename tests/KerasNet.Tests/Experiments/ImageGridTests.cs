using KerasNet.Experiments.Pictures;
using SkiaSharp;

namespace KerasNet.Tests.Experiments;

public sealed class ImageGridTests : TemporaryDirectoryTest
{
    [Test]
    public void Write_PlacesEnlargedPanelsInRows_WithTheirColours()
    {
        string path = Path.Combine(TempDirectory, "grid.png");
        var grey = new ImagePanel([0f, 1f, 0.5f, 0.25f], 2, 2, 1, "input", PanelScale.Intensity);
        var map = ImagePanel.Map([0f, 1f, 2f, 3f], 2, 2, "saliency");
        var rgb = new ImagePanel([1f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 1f, 1f, 1f, 1f], 2, 2, 3, "rgb", PanelScale.Intensity);

        ImageGrid.Write(path, [grey, map, rgb], columns: 2, pixelSize: 10);

        using var bitmap = SKBitmap.Decode(path);
        Assert.That(bitmap.Width, Is.EqualTo(6 + (2 * (20 + 6))));
        Assert.That(bitmap.Height, Is.EqualTo(6 + (2 * (20 + 16 + 6))));
        Assert.That(bitmap.GetPixel(6 + 15, 6 + 5), Is.EqualTo(SKColors.White), "grey panel, row 0 column 1 = 1.0");
        Assert.That(bitmap.GetPixel(6 + 5, 6 + 5), Is.EqualTo(new SKColor(0, 0, 0)), "grey panel, row 0 column 0 = 0.0");
        Assert.That(bitmap.GetPixel(6 + 26 + 15, 6 + 15), Is.EqualTo(ImageGrid.Viridis(1)), "the map's maximum is viridis' top");
        Assert.That(bitmap.GetPixel(6 + 5, 6 + 42 + 5), Is.EqualTo(new SKColor(255, 0, 0)), "rgb panel on the second row");
        Assert.That(File.Exists(path + ".tmp"), Is.False);
    }

    [Test]
    public void Write_PanelWithTheWrongNumberOfValues_NamesIt()
    {
        var broken = new ImagePanel([0f, 1f, 0.5f], 2, 2, 1, "broken", PanelScale.Intensity);

        Assert.That(() => ImageGrid.Write(Path.Combine(TempDirectory, "x.png"), [broken], 1), Throws.ArgumentException.With.Message.Contains("Panel 'broken'"));
    }

    [Test]
    public void Viridis_RunsFromPurpleToYellow()
    {
        Assert.That(ImageGrid.Viridis(0), Is.EqualTo(new SKColor(68, 1, 84)));
        Assert.That(ImageGrid.Viridis(1), Is.EqualTo(new SKColor(253, 231, 37)));
        Assert.That(ImageGrid.Viridis(double.NaN), Is.EqualTo(ImageGrid.Viridis(0)));
    }
}
