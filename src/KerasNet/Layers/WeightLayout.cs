namespace KerasNet.Layers;

/// <summary>How a weight's Keras layout maps to the tensor KerasNet computes with.</summary>
public enum WeightLayout
{
    /// <summary>The same layout (Dense kernels <c>(in, out)</c>, biases, batch-norm vectors).</summary>
    Same,

    /// <summary>A Keras conv kernel <c>(kh, kw, in, out)</c>, held as torch's <c>(out, in, kh, kw)</c>.</summary>
    ConvolutionKernel,
}
