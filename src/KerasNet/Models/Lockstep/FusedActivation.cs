namespace KerasNet.Models;

/// <summary>The activations <see cref="FusedDenseStep"/> computes itself, forward and backward.</summary>
internal enum FusedActivation
{
    /// <summary>The identity.</summary>
    Linear,

    /// <summary><c>max(z, 0)</c>; no gradient at 0, as PyTorch's.</summary>
    Relu,

    /// <summary><c>1 / (1 + e^−z)</c>.</summary>
    Sigmoid,

    /// <summary><c>tanh z</c>.</summary>
    Tanh,

    /// <summary>LeCun's <c>1.7159 · tanh(2z/3)</c>.</summary>
    LecunTanh,

    /// <summary>Per sample, <c>e^z / Σ e^z</c>.</summary>
    Softmax,
}
