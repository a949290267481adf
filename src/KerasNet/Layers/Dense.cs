using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Regularizers;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>Fully connected layer: <c>activation(x · kernel + bias)</c>, kernel <c>(in, units)</c>.</summary>
public sealed class Dense : KernelLayer
{
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
        : base(activation, useBias, kernelInitializer, biasInitializer, kernelRegularizer, inputShape, name)
    {
        Units = units > 0 ? units : throw new ArgumentException($"Expected a positive integer. Received: units={units}", nameof(units));
    }

    /// <summary>Number of outputs.</summary>
    public int Units { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) =>
        inputShape.Rank == 1 ? new Shape(Units) : throw Incompatible(inputShape, "expected a flat input of rank 1 (add a Flatten layer before it)");

    /// <inheritdoc />
    protected override void OnBuild(Shape shape) => AddKernelAndBias(new Shape(shape[0], Units), Units, WeightLayout.Same);

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training) => Activation.Apply(CallBeforeActivation(inputs));

    /// <summary>The layer's value before its activation, <c>inputs · kernel + bias</c> (a softmax layer's logits).</summary>
    internal Tensor CallBeforeActivation(Tensor inputs) =>
        Bias is null ? inputs.matmul(Kernel!.Value) : addmm(Bias.Value, inputs, Kernel!.Value, 1, 1);
}
