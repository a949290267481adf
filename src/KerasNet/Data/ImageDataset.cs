namespace KerasNet.Data;

/// <summary>
/// A dataset as Keras's <c>load_data()</c> returns it: uint8 images and labels for training and test.
/// Deconstructs like Keras's tuples: <c>var ((xTrain, yTrain), (xTest, yTest)) = FashionMnist.LoadData();</c>
/// </summary>
/// <param name="XTrain">Training images, e.g. <c>(60000, 28, 28)</c> or <c>(50000, 32, 32, 3)</c>.</param>
/// <param name="YTrain">Training labels, <c>(60000)</c> or, for CIFAR-10, <c>(50000, 1)</c>.</param>
/// <param name="XTest">Test images.</param>
/// <param name="YTest">Test labels.</param>
public sealed record ImageDataset(NDArray<byte> XTrain, NDArray<byte> YTrain, NDArray<byte> XTest, NDArray<byte> YTest)
{
    /// <summary>Keras's <c>((x_train, y_train), (x_test, y_test))</c>.</summary>
    public void Deconstruct(out (NDArray<byte> X, NDArray<byte> Y) train, out (NDArray<byte> X, NDArray<byte> Y) test)
    {
        train = (XTrain, YTrain);
        test = (XTest, YTest);
    }
}
