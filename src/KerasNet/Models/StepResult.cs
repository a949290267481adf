using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// What one batch's <see cref="Sequential.TrainStep"/> or <see cref="Sequential.TestStep"/> computed: the batch's loss
/// (the mean over its samples, penalties included) and the model's predictions, from which <c>Fit</c> and
/// <c>Evaluate</c> keep the running loss and metrics.
/// </summary>
/// <param name="Loss">The batch's loss, a scalar tensor.</param>
/// <param name="Predictions">The model's outputs for the batch.</param>
public sealed record StepResult(Tensor Loss, Tensor Predictions);
