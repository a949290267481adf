using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Regularizers;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>2-D convolution over channels-last images (kernel <c>(kh, kw, in, filters)</c> in Keras's layout).</summary>
public sealed class Conv2D : Layer
{
    private Weight? kernel;
    private Weight? bias;

    /// <summary>Creates the layer.</summary>
    /// <param name="filters">Number of output channels (positive).</param>
    /// <param name="kernelSize">Window size; an integer means square.</param>
    /// <param name="strides">Step. The default value is 1.</param>
    /// <param name="padding">Padding. The default value is <see cref="Padding.Valid"/>.</param>
    /// <param name="activation">Activation. The default value is linear.</param>
    /// <param name="useBias">Whether to add a bias. The default value is true.</param>
    /// <param name="kernelInitializer">The default value is glorot_uniform (Keras).</param>
    /// <param name="biasInitializer">The default value is zeros (Keras).</param>
    /// <param name="kernelRegularizer">Penalty on the kernel. The default value is none.</param>
    /// <param name="inputShape">Input shape when this is the first layer.</param>
    /// <param name="name">Layer name.</param>
    public Conv2D(
        int filters,
        Size2D kernelSize,
        Size2D? strides = null,
        Padding padding = Padding.Valid,
        ActivationFunction? activation = null,
        bool useBias = true,
        Initializer? kernelInitializer = null,
        Initializer? biasInitializer = null,
        Regularizer? kernelRegularizer = null,
        Shape? inputShape = null,
        string? name = null)
        : base(inputShape, name)
    {
        Filters = filters > 0 ? filters : throw new ArgumentException($"Expected a positive integer. Received: filters={filters}", nameof(filters));
        KernelSize = kernelSize.RequirePositive(nameof(kernelSize));
        Strides = (strides ?? 1).RequirePositive(nameof(strides));
        Padding = padding;
        Activation = activation ?? Activations.Activations.Linear;
        UseBias = useBias;
        KernelInitializer = kernelInitializer ?? Initializers.Initializers.GlorotUniform();
        BiasInitializer = biasInitializer ?? new Zeros();
        KernelRegularizer = kernelRegularizer;
    }

    /// <summary>Number of output channels.</summary>
    public int Filters { get; }

    /// <summary>Window size.</summary>
    public Size2D KernelSize { get; }

    /// <summary>Step.</summary>
    public Size2D Strides { get; }

    /// <summary>Padding.</summary>
    public Padding Padding { get; }

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
    public override Shape ComputeOutputShape(Shape inputShape)
    {
        if (inputShape.Rank != 3)
        {
            throw Incompatible(inputShape, "expected an image of rank 3 (height, width, channels)");
        }

        int height = SpatialPadding.OutputLength(inputShape[0], KernelSize.Height, Strides.Height, Padding);
        int width = SpatialPadding.OutputLength(inputShape[1], KernelSize.Width, Strides.Width, Padding);
        return height > 0 && width > 0
            ? new Shape(height, width, Filters)
            : throw Incompatible(inputShape, $"the {KernelSize} kernel does not fit the image with padding 'valid'");
    }

    /// <inheritdoc />
    protected override void OnBuild(Shape shape)
    {
        var kernelShape = new Shape(KernelSize.Height, KernelSize.Width, shape[2], Filters);
        kernel = AddWeight("kernel", kernelShape, KernelInitializer, regularizer: KernelRegularizer, layout: WeightLayout.ConvolutionKernel);
        bias = UseBias ? AddWeight("bias", new Shape(Filters), BiasInitializer) : null;
    }

    internal override Tensor Call(Tensor inputs, bool training)
    {
        var (padded, symmetric) = SpatialPadding.Apply(inputs, KernelSize, Strides, Padding, 0);
        var output = F.conv2d(padded, kernel!.Value, bias?.Value, strides: Strides.ToArray(), padding: symmetric);
        return Activation.Apply(output);
    }
}
