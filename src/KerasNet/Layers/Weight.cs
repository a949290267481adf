using KerasNet.Regularizers;
using static TorchSharp.torch;

namespace KerasNet.Layers;

/// <summary>One variable of a layer (a kernel, a bias, a moving mean), described in Keras's layout.</summary>
public sealed class Weight
{
    private readonly bool trainable;

    internal Weight(Layer layer, string name, Shape shape, WeightLayout layout, bool trainable, Regularizer? regularizer, Tensor value)
    {
        Layer = layer;
        Name = name;
        Shape = shape;
        Layout = layout;
        this.trainable = trainable;
        Regularizer = regularizer;
        Value = value;
    }

    /// <summary>The owning layer.</summary>
    public Layer Layer { get; }

    /// <summary>The weight's name within its layer, e.g. <c>kernel</c>.</summary>
    public string Name { get; }

    /// <summary><c>layer/name</c>, unique within a model.</summary>
    public string Path => $"{Layer.Name}/{Name}";

    /// <summary>The shape in Keras's layout, e.g. <c>(3, 3, 1, 28)</c> for a Conv2D kernel.</summary>
    public Shape Shape { get; }

    /// <summary>How the Keras layout maps to the internal tensor.</summary>
    public WeightLayout Layout { get; }

    /// <summary>Whether the optimizer updates it: a trainable kind of weight in a trainable layer.</summary>
    public bool IsTrainable => trainable && Layer.Trainable;

    /// <summary>Whether it is a trainable kind of weight at all (moving statistics are not).</summary>
    public bool IsTrainableKind => trainable;

    /// <summary>The penalty added to the loss for this weight, if any.</summary>
    public Regularizer? Regularizer { get; }

    /// <summary>The number of scalars.</summary>
    public long Count => Shape.ElementCount;

    /// <summary>
    /// The tensor in the internal layout, as a custom layer's <see cref="Layer.Call"/> uses it (gradients flow through it);
    /// replace its values with <see cref="SetValue"/>.
    /// </summary>
    public Tensor Value { get; internal set; }

    /// <summary>A copy of the values in Keras's layout.</summary>
    public NDArray<float> GetValue()
    {
        using var scope = NewDisposeScope();
        var keras = Layout == WeightLayout.ConvolutionKernel ? Value.permute(2, 3, 1, 0) : Value;
        var data = keras.detach().to(ScalarType.Float32).cpu().contiguous().data<float>().ToArray();
        return new NDArray<float>(data, Shape.Dimensions.ToArray());
    }

    /// <summary>Replaces the values (given in Keras's layout) in place.</summary>
    /// <exception cref="ArgumentException">The shape differs from <see cref="Shape"/>.</exception>
    public void SetValue(NDArray<float> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Shape.SequenceEqual(Shape.Dimensions))
        {
            throw new ArgumentException($"Weight '{Path}' has shape {Shape}; received values of shape {KerasNet.Shape.Format(value.Shape)}.", nameof(value));
        }

        using var scope = NewDisposeScope();
        var keras = tensor(value.Data, value.Shape.Select(d => (long)d).ToArray());
        var internalLayout = Layout == WeightLayout.ConvolutionKernel ? keras.permute(3, 2, 0, 1) : keras;
        using (no_grad())
        {
            Value.copy_(internalLayout.to(Value.device));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Path} {Shape}";
}
