using KerasNet.Callbacks;
using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Extensibility.Tests;

/// <summary>A model whose training step is the built-in one written out through the public API (to compare with it).</summary>
internal sealed class HandWrittenStep(params Layer[] layers) : Sequential(layers)
{
    protected override StepResult TrainStep(Tensor x, Tensor y)
    {
        var predictions = Call(x, training: true);
        var loss = ComputeLoss(y, predictions);
        var trainable = TrainableWeights;
        var gradients = autograd.grad([loss], [.. trainable.Select(w => w.Value)]);
        Optimizer!.ApplyGradients(trainable, [.. gradients]);
        return new StepResult(loss, predictions);
    }
}

/// <summary>A model that clips every gradient element to ±<paramref name="limit"/> before the update (a custom train_step).</summary>
internal sealed class ClippedGradients(double limit, params Layer[] layers) : Sequential(layers)
{
    protected override StepResult TrainStep(Tensor x, Tensor y)
    {
        var predictions = Call(x, training: true);
        var loss = ComputeLoss(y, predictions);
        var trainable = TrainableWeights;
        var gradients = autograd.grad([loss], [.. trainable.Select(w => w.Value)]);
        Optimizer!.ApplyGradients(trainable, [.. gradients.Select(g => g.clamp(-limit, limit))]);
        return new StepResult(loss, predictions);
    }
}

/// <summary>A model whose test step reports twice the loss (a custom test_step).</summary>
internal sealed class DoubledTestLoss(params Layer[] layers) : Sequential(layers)
{
    protected override StepResult TestStep(Tensor x, Tensor y)
    {
        var predictions = Call(x, training: false);
        return new StepResult(ComputeLoss(y, predictions) * 2, predictions);
    }
}

/// <summary>Counts the batches begun.</summary>
internal sealed class BatchCounter : Callback
{
    public int Begun { get; private set; }

    public override void OnBatchBegin(int epoch, int batch) => Begun++;
}
