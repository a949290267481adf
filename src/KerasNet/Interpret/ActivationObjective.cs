using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>What activation maximization raises in a layer's output.</summary>
public abstract record ActivationObjective
{
    private ActivationObjective()
    {
    }

    /// <summary>The mean of the whole layer's output — the "DeepDream" objective of report kipping2022's code.</summary>
    public static ActivationObjective LayerMean { get; } = new Layer();

    /// <summary>The mean of one channel (a conv filter's map) or, for a flat layer, one unit.</summary>
    public static ActivationObjective Channel(int channel) => new ChannelMean(channel);

    /// <summary>One neuron: a channel at one spatial position (row, column) of a conv layer's output.</summary>
    public static ActivationObjective Neuron(int channel, int row, int column) => new SingleNeuron(channel, row, column);

    /// <summary>The objective's value per sample, from the layer's internal-layout output (channels first).</summary>
    internal abstract Tensor Evaluate(Tensor output);

    private sealed record Layer : ActivationObjective
    {
        internal override Tensor Evaluate(Tensor output) => output.flatten(1).mean([1]);
    }

    private sealed record ChannelMean(int Index) : ActivationObjective
    {
        internal override Tensor Evaluate(Tensor output) => Check(output, Index).select(1, Index).flatten(1).mean([1]);
    }

    private sealed record SingleNeuron(int Index, int Row, int Column) : ActivationObjective
    {
        internal override Tensor Evaluate(Tensor output)
        {
            if (output.dim() != 4 || Row < 0 || Row >= output.shape[2] || Column < 0 || Column >= output.shape[3])
            {
                throw new ArgumentException($"A neuron objective needs a conv output containing position ({Row}, {Column}); the layer outputs {string.Join("x", output.shape.Skip(1))} (channels first).");
            }

            return Check(output, Index).select(1, Index).select(1, Row).select(1, Column);
        }
    }

    private static Tensor Check(Tensor output, int channel) =>
        channel >= 0 && channel < output.shape[1]
            ? output
            : throw new ArgumentException($"Channel {channel} is outside the layer's {output.shape[1]} channels.");
}
