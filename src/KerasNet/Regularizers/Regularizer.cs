using static TorchSharp.torch;

namespace KerasNet.Regularizers;

/// <summary>A weight penalty added to the training loss (and to the reported loss, as in Keras).</summary>
public abstract class Regularizer
{
    /// <summary>The penalty for one weight tensor (a scalar): the extension point of a custom regularizer.</summary>
    /// <param name="weight">The weight's value.</param>
    public abstract Tensor Penalty(Tensor weight);
}
