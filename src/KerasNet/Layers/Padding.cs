namespace KerasNet.Layers;

/// <summary>Keras's convolution and pooling padding.</summary>
public enum Padding
{
    /// <summary>No padding: the output shrinks (Keras <c>"valid"</c>).</summary>
    Valid,

    /// <summary>Zero padding so the output size is <c>ceil(input / stride)</c>; extra padding goes to the bottom and right, as in TensorFlow (Keras <c>"same"</c>).</summary>
    Same,
}
