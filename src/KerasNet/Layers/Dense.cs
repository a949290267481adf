using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Regularizers;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>Fully connected layer: <c>activation(x · kernel + bias)</c>, kernel <c>(in, units)</c>.</summary>
public sealed class Dense : Layer
{
    private Weight? kernel;
    private Weight? bias;

    /// <summary>Creates the layer.</summary>
    /// <param name="units">Number of outputs (positive).</param>
    /// <param name="activation">Activation. The default value is linear.</param>
    /// <param name="useBias">Whether to add a bias. The default value is true.</param>
    /// <param name="kernelInitializer">The default value is glorot_uniform (Keras).</param>
    /// <param name="biasInitializer">The default value is zeros (Keras).</param>
    /// <param name="kernelRegularizer">Penalty on the kernel. The default value is none.</param>
    /// <param name="inputShape">Input shape when this is the first layer.</param>
    /// <param name="name">Layer name.</param>
    public Dense(
        int units,
        ActivationFunction? activation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? biasInitializer = null,
        Regularizer? kernelRegularizer = null,
        Shape? inputShape = null,
        string? name = null)
        : base(inputShape, name)
    {
        Units = units > 0 ? units : throw new ArgumentException($"Expected a positive integer. Received: units={units}", nameof(units));
        Activation = activation ?? Activations.Activations.Linear;
        UseBias = useBias;
        KernelInitializer = kernelInitializer ?? Initializers.Initializers.GlorotUniform();
        BiasInitializer = biasInitializer ?? new Zeros();
        KernelRegularizer = kernelRegularizer;
    }

    /// <summary>Number of outputs.</summary>
    public int Units { get; }

    /// <summary>The activation applied to the output.</summary>
    public ActivationFunction Activation { get; }

    /// <summary>Whether a bias is added.</summary>
    public bool UseBias { get; }

    /// <summary>Kernel initializer.</summary>
    public Initializer KernelInitializer { get; }

    /// <summary>Bias initializer.</summary>
    public Initializer BiasInitializer { get; }

    /// <summary>Penalty on the kernel, if any.</summary>
    public Regularizer? KernelRegularizer { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) =>
        inputShape.Rank == 1 ? new Shape(Units) : throw Incompatible(inputShape, "expected a flat input of rank 1 (add a Flatten layer before it)");

    /// <inheritdoc />
    protected override void OnBuild(Shape shape)
    {
        kernel = AddWeight("kernel", new Shape(shape[0], Units), KernelInitializer, regularizer: KernelRegularizer);
        bias = UseBias ? AddWeight("bias", new Shape(Units), BiasInitializer) : null;
    }

    internal override Tensor Call(Tensor inputs, bool training)
    {
        var output = bias is null ? inputs.matmul(kernel!.Value) : addmm(bias.Value, inputs, kernel!.Value, 1, 1);
        return Activation.Apply(output);
    }
}
