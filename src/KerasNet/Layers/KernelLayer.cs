using KerasNet.Activations;
using KerasNet.Initializers;
using KerasNet.Regularizers;

namespace KerasNet.Layers;

/// <summary>
/// The shared settings of layers computing <c>activation(kernel ⊗ x + bias)</c> (Dense, Conv2D), with Keras's
/// defaults: linear activation, glorot_uniform kernel, zero bias.
/// </summary>
public abstract class KernelLayer : Layer
{
    /// <summary>Stores the settings.</summary>
    private protected KernelLayer(ActivationFunction? activation, bool useBias, Initializer? kernelInitializer, Initializer? biasInitializer, Regularizer? kernelRegularizer, Shape? inputShape, string? name)
        : base(inputShape, name)
    {
        Activation = activation ?? Activations.Activations.Linear;
        UseBias = useBias;
        KernelInitializer = kernelInitializer ?? Initializers.Initializers.GlorotUniform();
        BiasInitializer = biasInitializer ?? new Zeros();
        KernelRegularizer = kernelRegularizer;
    }

    /// <summary>The activation applied to the output. The default value is linear.</summary>
    public ActivationFunction Activation { get; }

    /// <summary>Whether a bias is added. The default value is true.</summary>
    public bool UseBias { get; }

    /// <summary>Kernel initializer. The default value is glorot_uniform.</summary>
    public Initializer KernelInitializer { get; }

    /// <summary>Bias initializer. The default value is zeros.</summary>
    public Initializer BiasInitializer { get; }

    /// <summary>Penalty on the kernel, if any. The default value is none.</summary>
    public Regularizer? KernelRegularizer { get; }

    /// <summary>The kernel weight (after build).</summary>
    internal Weight? Kernel { get; private set; }

    /// <summary>The bias weight, if used (after build).</summary>
    internal Weight? Bias { get; private set; }

    /// <summary>Creates the kernel (with the regularizer) and, if used, the bias of <paramref name="units"/> values.</summary>
    private protected void AddKernelAndBias(Shape kernelShape, int units, WeightLayout layout)
    {
        Kernel = AddWeight("kernel", kernelShape, KernelInitializer, regularizer: KernelRegularizer, layout: layout);
        Bias = UseBias ? AddWeight("bias", new Shape(units), BiasInitializer) : null;
    }
}
