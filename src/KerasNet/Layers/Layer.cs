using System.Text.RegularExpressions;
using KerasNet.Initializers;
using KerasNet.Regularizers;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>
/// A Keras-style layer with Keras's lifecycle: the constructor only validates and stores settings;
/// <c>Build(inputShape)</c> creates the weights; <c>Call</c> computes. Shapes are channels-last per sample
/// (no batch axis); inside, images are NCHW tensors.
/// </summary>
public abstract partial class Layer
{
    private readonly List<Weight> weights = [];
    private Shape? inputShape;
    private Shape? outputShape;

    /// <summary>Stores the optional input shape and name.</summary>
    /// <param name="inputShape">The shape of one input sample, for a first layer (Keras <c>input_shape</c>).</param>
    /// <param name="name">The layer name; generated from the type when null (<c>conv2d</c>, <c>conv2d_1</c>, ...).</param>
    protected Layer(Shape? inputShape, string? name)
    {
        DeclaredInputShape = inputShape;
        Name = name ?? string.Empty;
    }

    /// <summary>The layer's name, unique within its model.</summary>
    public string Name { get; internal set; }

    /// <summary>The type shown in summaries, e.g. <c>Conv2D</c>.</summary>
    public virtual string TypeName => GetType().Name;

    /// <summary>Whether the optimizer updates this layer's weights (Keras <c>trainable</c>). The default value is true.</summary>
    public bool Trainable { get; set; } = true;

    /// <summary>
    /// A factor on the optimizer's learning rate for this layer's weights (per-layer learning rates, as report
    /// highsmith2019 uses). The default value is 1.
    /// </summary>
    public double LearningRateMultiplier
    {
        get;
        set => field = value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(LearningRateMultiplier), $"Expected a finite non-negative multiplier. Received: {value}");
    } = 1.0;

    /// <summary>The input shape given at construction, if any.</summary>
    public Shape? DeclaredInputShape { get; }

    /// <summary>Whether <c>Build</c> has run.</summary>
    public bool IsBuilt => outputShape is not null;

    /// <summary>The shape of one input sample (after build).</summary>
    public Shape InputShape => inputShape ?? throw NotBuilt();

    /// <summary>The shape of one output sample (after build).</summary>
    public Shape OutputShape => outputShape ?? throw NotBuilt();

    /// <summary>The layer's weights in creation order.</summary>
    public IReadOnlyList<Weight> Weights => weights;

    /// <summary>The number of scalars in all weights.</summary>
    public long ParameterCount => weights.Sum(w => w.Count);

    /// <summary>The output shape for an input shape; throws <see cref="ArgumentException"/> if the input does not fit.</summary>
    public abstract Shape ComputeOutputShape(Shape inputShape);

    /// <summary>Keras's default name stem: the type in snake case (<c>MaxPooling2D</c> → <c>max_pooling2d</c>).</summary>
    internal string DefaultNameStem =>
        LowerUpper().Replace(WordStart().Replace(TypeName, "$1_$2"), "$1_$2").ToLowerInvariant();

    /// <summary>Creates the weights for the given input shape (once).</summary>
    internal void Build(Shape shape)
    {
        if (IsBuilt)
        {
            if (!shape.Equals(inputShape))
            {
                throw new ArgumentException($"Layer '{Name}' was built for input shape {inputShape}; received {shape}.");
            }

            return;
        }

        var output = ComputeOutputShape(shape);
        OnBuild(shape);
        inputShape = shape;
        outputShape = output;
    }

    /// <summary>
    /// Computes the layer for a batch (Keras's <c>call</c>): the extension point of a custom layer. Tensors have the
    /// batch axis first and images are in the internal NCHW layout, <c>(n, channels, height, width)</c>; the result must
    /// have the shape <see cref="ComputeOutputShape"/> gives, in the same layout.
    /// </summary>
    /// <param name="inputs">The batch.</param>
    /// <param name="training">Whether this is a training step (dropout and batch statistics act only then).</param>
    public abstract Tensor Call(Tensor inputs, bool training);

    /// <summary>Creates the weights; called once by <c>Build</c> with a validated input shape.</summary>
    protected virtual void OnBuild(Shape shape)
    {
    }

    /// <summary>
    /// Adds a weight (Keras's <c>add_weight</c>), for <see cref="OnBuild"/>: initialized in Keras's layout (drawn on the CPU,
    /// so every device starts from the same values) and stored in the internal one on <see cref="Backend.Engine.Device"/>; it is trained, counted, saved and loaded with the built-in layers' weights.
    /// </summary>
    /// <param name="name">Its name within the layer, e.g. <c>kernel</c>.</param>
    /// <param name="shape">Its shape in Keras's layout.</param>
    /// <param name="initializer">What draws its initial values.</param>
    /// <param name="trainable">Whether the optimizer updates it. The default value is true.</param>
    /// <param name="regularizer">A penalty on it added to the loss. The default value is none.</param>
    /// <param name="layout">How Keras's layout maps to the internal one. The default value is the same layout.</param>
    protected Weight AddWeight(string name, Shape shape, Initializer initializer, bool trainable = true, Regularizer? regularizer = null, WeightLayout layout = WeightLayout.Same)
    {
        using var scope = NewDisposeScope();
        var keras = initializer.Generate(shape).to(Backend.FloatX.Dtype);
        var value = Backend.Engine.Place((layout == WeightLayout.ConvolutionKernel ? keras.permute(3, 2, 0, 1) : keras).contiguous());
        value = value.requires_grad_(trainable).DetachFromDisposeScope();
        var weight = new Weight(this, name, shape, layout, trainable, regularizer, value);
        weights.Add(weight);
        return weight;
    }

    /// <summary>An error naming this layer, for an input that does not fit it.</summary>
    internal ArgumentException Incompatible(Shape shape, string expectation) =>
        new($"Input of layer '{Name}' ({TypeName}) is incompatible: {expectation}. Received input shape: {shape}");

    private InvalidOperationException NotBuilt() => new($"Layer '{Name}' ({TypeName}) has not been built yet: add it to a Sequential model with a known input shape.");

    [GeneratedRegex("(.)([A-Z][a-z]+)")]
    private static partial Regex WordStart();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex LowerUpper();
}
