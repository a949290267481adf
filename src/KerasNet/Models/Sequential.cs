using KerasNet.Backend;
using KerasNet.Layers;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// A linear stack of layers (Keras <c>Sequential</c>). The input shape comes from a leading
/// <see cref="InputLayer"/> or the first layer's <c>inputShape</c>; layers are built as they are added,
/// so shapes are checked at once and weights are drawn in layer order from the seeded generator. As in Keras, a
/// subclass may override <see cref="TrainStep"/> and <see cref="TestStep"/> to change what one batch does while
/// <c>Fit</c> and <c>Evaluate</c> keep driving batches, metrics and callbacks.
/// </summary>
public partial class Sequential
{
    private readonly List<Layer> layers = [];
    private readonly Dictionary<string, int> nameCounts = new(StringComparer.Ordinal);
    private Shape? inputShape;

    /// <summary>Creates a model from layers, in order.</summary>
    /// <exception cref="ArgumentException">A layer does not fit the output of the one before it.</exception>
    public Sequential(params Layer[] layers)
        : this("sequential", layers)
    {
    }

    /// <summary>Creates a named model from layers, in order.</summary>
    public Sequential(string name, params Layer[] layers)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(layers);
        Engine.EnsureStarted();
        Name = name;
        foreach (var layer in layers)
        {
            Add(layer);
        }
    }

    /// <summary>The model name shown in the summary. The default value is sequential.</summary>
    public string Name { get; }

    /// <summary>The computing layers (the input declaration excluded).</summary>
    public IReadOnlyList<Layer> Layers => layers;

    /// <summary>The shape of one input sample, once known.</summary>
    public Shape InputShape => inputShape ?? throw new InvalidOperationException($"Model '{Name}' has no input shape yet: start it with an InputLayer or give the first layer an inputShape.");

    /// <summary>The shape of one output sample.</summary>
    public Shape OutputShape => layers.Count > 0 ? layers[^1].OutputShape : InputShape;

    /// <summary>All weights, layer by layer.</summary>
    public IReadOnlyList<Weight> Weights => layers.SelectMany(l => l.Weights).ToList();

    /// <summary>Set by a callback to end <c>Fit</c> after the current epoch.</summary>
    public bool StopTraining { get; set; }

    /// <summary>Appends a layer, building it on the current output shape when that is known.</summary>
    /// <exception cref="ArgumentException">The layer does not fit, was already added, or its name is taken.</exception>
    public void Add(Layer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        if (layer is InputLayer input)
        {
            if (inputShape is not null || layers.Count > 0)
            {
                throw new ArgumentException($"Model '{Name}': an InputLayer must come first and only once.", nameof(layer));
            }

            inputShape = input.DeclaredInputShape;
            return;
        }

        if (layers.Contains(layer) || layer.IsBuilt)
        {
            throw new ArgumentException($"Layer '{layer.Name}' already belongs to a model; create a new layer instead.", nameof(layer));
        }

        if (layers.Count == 0 && inputShape is null)
        {
            inputShape = layer.DeclaredInputShape;
        }

        layer.Name = UniqueName(layer);
        if (inputShape is not null)
        {
            layer.Build(layers.Count > 0 ? layers[^1].OutputShape : inputShape);
        }

        layers.Add(layer);
    }

    /// <summary>Builds every layer for the given input shape (needed only when no layer declared one).</summary>
    public void Build(Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (inputShape is not null && !inputShape.Equals(shape))
        {
            throw new ArgumentException($"Model '{Name}' expects input shape {inputShape}; received {shape}.", nameof(shape));
        }

        inputShape = shape;
        var current = shape;
        foreach (var layer in layers)
        {
            layer.Build(current);
            current = layer.OutputShape;
        }
    }

    /// <summary>A layer by name.</summary>
    /// <exception cref="KeyNotFoundException">No layer has that name.</exception>
    public Layer GetLayer(string name) =>
        layers.FirstOrDefault(l => l.Name == name)
        ?? throw new KeyNotFoundException($"Model '{Name}' has no layer '{name}'. Layers: {string.Join(", ", layers.Select(l => l.Name))}.");

    /// <summary>Copies of all weights in Keras's layout (Keras <c>get_weights</c>).</summary>
    public List<NDArray<float>> GetWeights() => Weights.Select(w => w.GetValue()).ToList();

    /// <summary>Replaces all weights from Keras-layout arrays in <see cref="Weights"/> order (Keras <c>set_weights</c>).</summary>
    /// <exception cref="ArgumentException">The count or a shape differs.</exception>
    public void SetWeights(IReadOnlyList<NDArray<float>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var weights = Weights;
        if (values.Count != weights.Count)
        {
            throw new ArgumentException($"Model '{Name}' has {weights.Count} weights; received {values.Count} arrays.", nameof(values));
        }

        for (int i = 0; i < weights.Count; i++)
        {
            weights[i].SetValue(values[i]);
        }
    }

    /// <summary>The weights training updates (Keras <c>trainable_weights</c>): those of trainable kind in trainable layers.</summary>
    public IReadOnlyList<Weight> TrainableWeights => Weights.Where(w => w.IsTrainable).ToList();

    /// <summary>
    /// Runs the layers on a batch in the internal layout (Keras's <c>model(x, training=…)</c>), as a custom
    /// <see cref="TrainStep"/> does; gradients flow through it.
    /// </summary>
    /// <param name="x">The batch, channels first for images.</param>
    /// <param name="training">Training mode (dropout active).</param>
    public Tensor Call(Tensor x, bool training)
    {
        ArgumentNullException.ThrowIfNull(x);
        foreach (var layer in layers)
        {
            x = layer.Call(x, training);
        }

        return x;
    }

    private string UniqueName(Layer layer)
    {
        if (!string.IsNullOrEmpty(layer.Name))
        {
            return layers.Any(l => l.Name == layer.Name)
                ? throw new ArgumentException($"Model '{Name}' already has a layer named '{layer.Name}'.", nameof(layer))
                : layer.Name;
        }

        string stem = layer.DefaultNameStem;
        int count = nameCounts.GetValueOrDefault(stem);
        nameCounts[stem] = count + 1;
        return count == 0 ? stem : $"{stem}_{count}";
    }
}
