using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Regularizers;
using static TorchSharp.torch;
using F = TorchSharp.torch.nn.functional;

namespace KerasNet.Layers;

/// <summary>2-D convolution over channels-last images (kernel <c>(kh, kw, in, filters)</c> in Keras's layout).</summary>
public sealed class Conv2D : KernelLayer
{
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
        : base(activation, useBias, kernelInitializer, biasInitializer, kernelRegularizer, inputShape, name)
    {
        Filters = filters > 0 ? filters : throw new ArgumentException($"Expected a positive integer. Received: filters={filters}", nameof(filters));
        KernelSize = kernelSize.RequirePositive(nameof(kernelSize));
        Strides = (strides ?? 1).RequirePositive(nameof(strides));
        Padding = padding;
    }

    /// <summary>Number of output channels.</summary>
    public int Filters { get; }

    /// <summary>Window size.</summary>
    public Size2D KernelSize { get; }

    /// <summary>Step.</summary>
    public Size2D Strides { get; }

    /// <summary>Padding.</summary>
    public Padding Padding { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) =>
        SpatialPadding.OutputShape(this, inputShape, KernelSize, Strides, Padding, Filters);

    /// <inheritdoc />
    protected override void OnBuild(Shape shape) =>
        AddKernelAndBias(new Shape(KernelSize.Height, KernelSize.Width, shape[2], Filters), Filters, WeightLayout.ConvolutionKernel);

    /// <summary>
    /// The channel multiple oneDNN's blocked CPU kernels work in. libtorch 2.10's float32 oneDNN convolution gives wrong
    /// values, even NaN (it reads the uninitialized tail of a channel block), when more than 16 input channels are not a
    /// multiple of 16 (forward) or when the filter count is not a multiple of 16 (gradient with respect to the input);
    /// weight gradients are right, and counts that are multiples of 16 (or inputs of at most 16 channels) are right.
    /// Such a convolution is computed with zero channels appended up to the multiple and the extra output channels
    /// dropped, which leaves outputs and gradients exact (tested against float64 in Conv2DGradientTests).
    /// </summary>
    internal const int ChannelBlock = 16;

    /// <summary>
    /// Whether convolutions pad channels to <see cref="ChannelBlock"/>: on CPUs with AVX-512, where oneDNN runs the
    /// 16-wide kernels that have the bug. AVX2 machines compute these shapes correctly (measured: every case of
    /// Conv2DGradientTests passes unpadded on an AVX2 EPYC) and skip the padding, which costs LeNet 15% per epoch.
    /// Tests set it to check both paths on any machine.
    /// </summary>
    internal static bool PadToChannelBlocks { get; set; } = System.Runtime.Intrinsics.X86.Avx512F.IsSupported;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        var (padded, symmetric) = SpatialPadding.Apply(inputs, KernelSize, Strides, Padding, 0);
        var kernel = Kernel!.Value;
        var bias = Bias?.Value;
        if (symmetric.All(p => p == 0) && padded.shape[2] == KernelSize.Height && padded.shape[3] == KernelSize.Width)
        {
            return Activation.Apply(WholeInput(padded, kernel, bias));
        }

        int channels = (int)kernel.shape[1];
        int extraChannels = PadToChannelBlocks && channels > ChannelBlock ? ToBlock(channels) : 0;
        int extraFilters = PadToChannelBlocks && inputs.requires_grad ? ToBlock(Filters) : 0;
        if (extraChannels > 0)
        {
            padded = cat([padded, zeros([padded.shape[0], extraChannels, padded.shape[2], padded.shape[3]], dtype: padded.dtype, device: padded.device)], 1);
            kernel = cat([kernel, zeros([Filters, extraChannels, kernel.shape[2], kernel.shape[3]], dtype: kernel.dtype, device: kernel.device)], 1);
        }

        if (extraFilters > 0)
        {
            kernel = cat([kernel, zeros([extraFilters, .. kernel.shape[1..]], dtype: kernel.dtype, device: kernel.device)], 0);
            bias = bias is null ? null : cat([bias, zeros(extraFilters, dtype: bias.dtype, device: bias.device)], 0);
        }

        var output = F.conv2d(padded, kernel, bias, strides: Strides.ToArray(), padding: symmetric);
        return Activation.Apply(extraFilters > 0 ? output.narrow(1, 0, Filters) : output);
    }

    /// <summary>
    /// A kernel as large as its input (one output position, highsmith2019's 28×28 filters) as one dot product per filter.
    /// libtorch 2.10's float32 CPU convolution gives wrong values for such a kernel when the batch holds more than one
    /// sample (measured: errors of 0.25 on outputs of about 1 for 28×28 and 8×8 kernels; right at batch 1 and in float64),
    /// so this case does not call it (tested against float64 sums in Conv2DForwardTests).
    /// </summary>
    private Tensor WholeInput(Tensor padded, Tensor kernel, Tensor? bias)
    {
        var output = padded.reshape(padded.shape[0], -1).matmul(kernel.reshape(Filters, -1).t());
        return (bias is null ? output : output + bias).reshape(padded.shape[0], Filters, 1, 1);
    }

    private static int ToBlock(int count) => (ChannelBlock - (count % ChannelBlock)) % ChannelBlock;
}
