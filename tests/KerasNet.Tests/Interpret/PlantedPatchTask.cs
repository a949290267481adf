using KerasNet.Layers;
using KerasNet.Models;
using KerasNet.Optimizers;

namespace KerasNet.Tests.Interpret;

/// <summary>
/// A synthetic task with a known answer: 12×12 noise images; class 1 carries a bright 3×3 patch at a random place,
/// class 0 does not. A small conv net with global average pooling learns it in seconds, so attribution methods can be
/// checked against where the patch really is.
/// </summary>
internal sealed class PlantedPatchTask
{
    public const int Size = 12;

    private PlantedPatchTask(Sequential model, NDArray<float> x, NDArray<float> y, IReadOnlyList<(int Row, int Column)> patches)
    {
        Model = model;
        TestX = x;
        TestY = y;
        Patches = patches;
    }

    public Sequential Model { get; }

    public NDArray<float> TestX { get; }

    public NDArray<float> TestY { get; }

    /// <summary>The top-left corner of each test image's patch, or (-1, -1) for class 0.</summary>
    public IReadOnlyList<(int Row, int Column)> Patches { get; }

    public static PlantedPatchTask Train()
    {
        Seeding.SetRandomSeed(7);
        var random = new Random(7);
        var (trainX, trainY, _) = Images(random, 600);
        var (testX, testY, patches) = Images(random, 100);
        var model = new Sequential(
            new InputLayer(Size, Size, 1),
            new Conv2D(8, kernelSize: 3, padding: Padding.Same, activation: "relu"),
            new Conv2D(8, kernelSize: 3, padding: Padding.Same, activation: "relu"),
            new GlobalAveragePooling2D(),
            new Dense(2, activation: "softmax"));
        model.Compile(new Adam(0.01), "categorical_crossentropy", "accuracy");
        model.Fit(trainX, trainY, batchSize: 32, epochs: 15);
        return new PlantedPatchTask(model, testX, testY, patches);
    }

    /// <summary>Images of class 1 only, with their patches.</summary>
    public (NDArray<float> X, IReadOnlyList<(int Row, int Column)> Patches) ClassOne()
    {
        var indices = Enumerable.Range(0, TestX.Count).Where(i => Patches[i].Row >= 0).ToList();
        return (TestX.Take(indices), indices.Select(i => Patches[i]).ToList());
    }

    private static (NDArray<float> X, NDArray<float> Y, List<(int, int)> Patches) Images(Random random, int count)
    {
        var x = new float[count * Size * Size];
        var y = new float[count * 2];
        var patches = new List<(int, int)>();
        for (int n = 0; n < count; n++)
        {
            for (int p = 0; p < Size * Size; p++)
            {
                x[(n * Size * Size) + p] = (float)(random.NextDouble() * 0.3);
            }

            bool planted = n % 2 == 1;
            y[(n * 2) + (planted ? 1 : 0)] = 1;
            if (!planted)
            {
                patches.Add((-1, -1));
                continue;
            }

            int row = random.Next(Size - 2);
            int column = random.Next(Size - 2);
            for (int r = row; r < row + 3; r++)
            {
                for (int c = column; c < column + 3; c++)
                {
                    x[(n * Size * Size) + (r * Size) + c] = 1;
                }
            }

            patches.Add((row, column));
        }

        return (new NDArray<float>(x, count, Size, Size, 1), new NDArray<float>(y, count, 2), patches);
    }
}
