using KerasNet.Activations;
using KerasNet.Layers;
using static TorchSharp.torch;

namespace KerasNet.Architectures;

/// <summary>
/// φ as a layer whose backward pass follows report highsmith2019's code instead of the chain rule: it multiplies the
/// incoming gradient by φ(φ(z)) — φ applied to the already activated output — where φ′(z) belongs
/// (<c>ACT(X_1[l,:,:])</c> in <c>Final/Network.py</c>, GitHub Max-Highsmith/NNProject1 at ffaf109). The forward pass is
/// φ(z) exactly: the value is φ(z) held constant plus a zero whose gradient is the author's factor.
/// </summary>
/// <param name="activation">φ.</param>
/// <param name="name">Layer name.</param>
public sealed class Highsmith2019Activation(ActivationFunction activation, string? name = null) : Layer(null, name)
{
    /// <summary>The activation applied.</summary>
    public ActivationFunction Function { get; } = activation ?? throw new ArgumentNullException(nameof(activation));

    /// <inheritdoc />
    public override Shape ComputeOutputShape(Shape inputShape) => inputShape;

    /// <inheritdoc />
    public override Tensor Call(Tensor inputs, bool training)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var output = Function.Apply(inputs);
        if (!inputs.requires_grad)
        {
            return output;
        }

        var factor = Function.Apply(output).detach();
        var zero = inputs - inputs.detach();
        return output.detach() + (zero * factor);
    }
}
