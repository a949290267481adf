namespace KerasNet.Tests;

public sealed class NDArrayTests
{
    [Test]
    public void Constructor_ShapeNotMatchingTheData_ThrowsNamingBoth()
    {
        Assert.That(() => new NDArray<float>(new float[5], 2, 3), Throws.ArgumentException.With.Message.Contain("(2, 3)").And.Message.Contain("5 elements"));
    }

    [Test]
    public void ReshapeSliceTake_CopyTheRightSamples()
    {
        var array = new NDArray<byte>([0, 1, 2, 3, 4, 5, 6, 7], 4, 2);

        Assert.Multiple(() =>
        {
            Assert.That(array.Reshape(2, -1).Shape, Is.EqualTo(new[] { 2, 4 }));
            Assert.That(array.Slice(1, 2).Data, Is.EqualTo(new byte[] { 2, 3, 4, 5 }));
            Assert.That(array.Take([3, 0]).Data, Is.EqualTo(new byte[] { 6, 7, 0, 1 }));
            Assert.That(array.SampleShape, Is.EqualTo(new Shape(2)));
        });
        Assert.That(() => array.Slice(3, 2), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contain("4 samples"));
    }

    [Test]
    public void Shape_RejectsNonPositiveDimensions_AndFormatsLikeKeras()
    {
        Assert.That(() => new Shape(3, 0), Throws.ArgumentException.With.Message.Contain("shape=(3, 0)"));
        Assert.That(new Shape(26, 26, 28).ToBatchString(), Is.EqualTo("(None, 26, 26, 28)"));
        Assert.That(new Shape(4732).ToString(), Is.EqualTo("(4732,)"));
    }
}
