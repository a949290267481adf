using static TorchSharp.torch;

namespace KerasNet.Models;

public partial class Sequential
{
    /// <summary>
    /// Keras's <c>train_step</c>: one optimization step on a batch — predictions in training mode, the loss with its
    /// penalties, the gradients of <see cref="TrainableWeights"/>, one update of the optimizer. <c>Fit</c> calls it for
    /// every batch inside a dispose scope; override it to train differently (the result feeds the logged metrics).
    /// </summary>
    /// <param name="x">The batch's inputs in the internal layout.</param>
    /// <param name="y">The batch's targets (class indices for a sparse loss).</param>
    protected virtual StepResult TrainStep(Tensor x, Tensor y)
    {
        var predictions = Call(x, training: true);
        var loss = ComputeLoss(y, predictions);
        var trainable = TrainableWeights;
        if (trainable.Count > 0)
        {
            Optimizer!.ApplyGradients(trainable, [.. autograd.grad([loss], [.. trainable.Select(w => w.Value)])]);
        }

        return new StepResult(loss, predictions);
    }

    /// <summary>
    /// Keras's <c>test_step</c>: the loss and predictions of a batch in inference mode. <c>Evaluate</c> and the validation
    /// of <c>Fit</c> call it under no-grad for every batch.
    /// </summary>
    /// <param name="x">The batch's inputs in the internal layout.</param>
    /// <param name="y">The batch's targets.</param>
    protected virtual StepResult TestStep(Tensor x, Tensor y)
    {
        var predictions = Call(x, training: false);
        return new StepResult(ComputeLoss(y, predictions), predictions);
    }

    /// <summary>
    /// Keras's <c>compute_loss</c>: the compiled loss of <paramref name="predictions"/> against <paramref name="y"/> plus
    /// the penalties of the trainable weights' regularizers (Keras 3 collects them from <c>trainable_weights</c> only).
    /// </summary>
    /// <exception cref="InvalidOperationException">The model is not compiled.</exception>
    protected Tensor ComputeLoss(Tensor y, Tensor predictions)
    {
        var loss = RequireCompiled(nameof(ComputeLoss)).Loss.Compute(y, predictions);
        foreach (var weight in layers.SelectMany(l => l.Weights))
        {
            if (weight.Regularizer is not null && weight.IsTrainable)
            {
                loss = loss + weight.Regularizer.Penalty(weight.Value);
            }
        }

        return loss;
    }
}
