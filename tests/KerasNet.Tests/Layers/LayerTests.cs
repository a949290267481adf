using KerasNet.Layers;

namespace KerasNet.Tests.Layers;

[NonParallelizable]
public sealed class LayerTests
{
    [Test]
    public void Dense() => LayerTestHelper.RunLayerTest(() => new Dense(4, activation: "tanh"), new Shape(6), new Shape(4), 2, (6 * 4) + 4);

    [Test]
    public void Dense_WithoutBias() => LayerTestHelper.RunLayerTest(() => new Dense(3, useBias: false), new Shape(5), new Shape(3), 1, 15);

    [Test]
    public void Conv2D_Valid() => LayerTestHelper.RunLayerTest(() => new Conv2D(5, kernelSize: 3, activation: "relu"), new Shape(8, 7, 2), new Shape(6, 5, 5), 2, (3 * 3 * 2 * 5) + 5);

    [Test]
    public void Conv2D_SameWithStride() => LayerTestHelper.RunLayerTest(() => new Conv2D(3, kernelSize: (3, 2), strides: 2, padding: Padding.Same), new Shape(7, 6, 1), new Shape(4, 3, 3), 2, (3 * 2 * 1 * 3) + 3);

    [Test]
    public void MaxPooling2D_Valid() => LayerTestHelper.RunLayerTest(() => new MaxPooling2D(), new Shape(7, 6, 3), new Shape(3, 3, 3), 0, 0);

    [Test]
    public void MaxPooling2D_Same() => LayerTestHelper.RunLayerTest(() => new MaxPooling2D(poolSize: 2, padding: Padding.Same), new Shape(7, 6, 3), new Shape(4, 3, 3), 0, 0);

    [Test]
    public void AveragePooling2D_Valid() => LayerTestHelper.RunLayerTest(() => new AveragePooling2D(poolSize: 2, strides: 1), new Shape(5, 5, 2), new Shape(4, 4, 2), 0, 0);

    [Test]
    public void AveragePooling2D_Same() => LayerTestHelper.RunLayerTest(() => new AveragePooling2D(poolSize: 2, padding: Padding.Same), new Shape(5, 5, 2), new Shape(3, 3, 2), 0, 0);

    [Test]
    public void GlobalAveragePooling2D() => LayerTestHelper.RunLayerTest(() => new GlobalAveragePooling2D(), new Shape(4, 5, 6), new Shape(6), 0, 0);

    [Test]
    public void Flatten() => LayerTestHelper.RunLayerTest(() => new Flatten(), new Shape(3, 4, 2), new Shape(24), 0, 0);

    [Test]
    public void Dropout() => LayerTestHelper.RunLayerTest(() => new Dropout(0.5), new Shape(10), new Shape(10), 0, 0);

    [Test]
    public void BatchNormalization() => LayerTestHelper.RunLayerTest(() => new BatchNormalization(), new Shape(4, 4, 3), new Shape(4, 4, 3), 4, 12, expectedTrainableParameters: 6);

    [Test]
    public void Activation() => LayerTestHelper.RunLayerTest(() => new Activation("softsign"), new Shape(4, 4, 3), new Shape(4, 4, 3), 0, 0);

    [Test]
    public void LeakyReLU() => LayerTestHelper.RunLayerTest(() => new LeakyReLU(), new Shape(7), new Shape(7), 0, 0);
}
