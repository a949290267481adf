using KerasNet.Initializers;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>
/// Keras batch normalization over the channel (last) axis: in training, normalizes with the batch's mean
/// and (biased) variance and updates the moving statistics as <c>moving = moving·momentum + batch·(1 − momentum)</c>;
/// in inference, or when the layer is frozen, uses the moving statistics.
/// </summary>
public sealed class BatchNormalization : Layer
{
    private Weight? gamma;
    private Weight? beta;
    private Weight? movingMean;
    private Weight? movingVariance;

    /// <summary>Creates the layer.</summary>
    /// <param name="momentum">Moving-average momentum in [0, 1]. The default value is 0.99 (Keras).</param>
    /// <param name="epsilon">Added to the variance (positive). The default value is 0.001 (Keras).</param>
    /// <param name="center">Learn an offset β. The default value is true.</param>
    /// <param name="scale">Learn a scale γ. The default value is true.</param>
    /// <param name="inputShape">Input shape when this is the first layer.</param>
    /// <param name="name">Layer name.</param>
    public BatchNormalization(double momentum = 0.99, double epsilon = 1e-3, bool center = true, bool scale = true, Shape? inputShape = null, string? name = null)
        : base(inputShape, name)
    {
        Momentum = momentum is >= 0 and <= 1 ? momentum : throw new ArgumentException($"Expected a momentum in [0, 1]. Received: momentum={momentum}", nameof(momentum));
        Epsilon = epsilon > 0 ? epsilon : throw new ArgumentException($"Expected a positive epsilon. Received: epsilon={epsilon}", nameof(epsilon));
        Center = center;
        Scale = scale;
    }

    /// <summary>Moving-average momentum.</summary>
    public double Momentum { get; }

    /// <summary>Added to the variance.</summary>
    public double Epsilon { get; }

    /// <summary>Whether β is learned.</summary>
    public bool Center { get; }

    /// <summary>Whether γ is learned.</summary>
    public bool Scale { get; }

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    protected override void OnBuild(Shape shape)
    {
        var channels = new Shape(shape[-1]);
        gamma = Scale ? AddWeight("gamma", channels, new Ones()) : null;
        beta = Center ? AddWeight("beta", channels, new Zeros()) : null;
        movingMean = AddWeight("moving_mean", channels, new Zeros(), trainable: false);
        movingVariance = AddWeight("moving_variance", channels, new Ones(), trainable: false);
    }

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        bool batchStatistics = training && Trainable;
        if (batchStatistics)
        {
            using (no_grad())
            {
                long[] reduced = [.. Enumerable.Range(0, (int)inputs.dim()).Where(d => d != 1).Select(d => (long)d)];
                var (variance, mean) = var_mean(inputs, reduced, unbiased: false);
                movingMean!.Value.lerp_(mean, 1 - Momentum);
                movingVariance!.Value.lerp_(variance, 1 - Momentum);
            }
        }

        // libtorch's fused kernel normalizes with the biased batch variance in training, as Keras does; it is given no
        // running statistics to update, since Keras averages the biased variance (libtorch would average the unbiased).
        return nn.functional.batch_norm(
            inputs,
            batchStatistics ? null : movingMean!.Value,
            batchStatistics ? null : movingVariance!.Value,
            gamma?.Value,
            beta?.Value,
            training: batchStatistics,
            eps: Epsilon);
    }
}
