using KerasNet.Layers;
using KerasNet.Optimizers.Schedules;
using static TorchSharp.torch;

namespace KerasNet.Optimizers;

/// <summary>
/// Base of the optimizers, which follow Keras's update formulas and defaults (they differ from PyTorch's).
/// State ("slots") is kept per weight, so freezing layers between <c>Fit</c> calls continues the state of
/// the weights still trained. Each weight's step is scaled by its layer's
/// <see cref="Layer.LearningRateMultiplier"/>. Convertible from a Keras name such as <c>"adam"</c>.
/// </summary>
public abstract class Optimizer
{
    private readonly Dictionary<Weight, Tensor[]> slots = [];

    /// <summary>Stores the learning rate or schedule.</summary>
    protected Optimizer(LearningRateSchedule learningRate)
    {
        ArgumentNullException.ThrowIfNull(learningRate);
        LearningRate = learningRate;
    }

    /// <summary>The Keras name, e.g. <c>adam</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The learning rate (a constant or a schedule of the step count).</summary>
    public LearningRateSchedule LearningRate { get; }

    /// <summary>Number of updates applied so far (Keras <c>iterations</c>).</summary>
    public long Iterations { get; private set; }

    /// <summary>The learning rate the next update will use.</summary>
    public double CurrentLearningRate => LearningRate.At(Iterations);

    /// <summary>How many state tensors each weight needs (momentum, second moment, ...).</summary>
    protected abstract int SlotCount { get; }

    /// <summary>Looks up an optimizer with its Keras defaults by name.</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static implicit operator Optimizer(string name) => Optimizers.Get(name);

    /// <summary>Same as the implicit conversion: looks up an optimizer by its Keras name.</summary>
    public static Optimizer FromString(string name) => Optimizers.Get(name);

    /// <summary>
    /// Keras's <c>apply_gradients</c>: one update of <paramref name="weights"/> given their gradients in the same order
    /// (each step scaled by its layer's <see cref="Layer.LearningRateMultiplier"/>), then counts the step. A custom
    /// <c>TrainStep</c> calls it.
    /// </summary>
    /// <exception cref="ArgumentException">The counts differ.</exception>
    public void ApplyGradients(IReadOnlyList<Weight> weights, IReadOnlyList<Tensor> gradients)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(gradients);
        if (weights.Count != gradients.Count)
        {
            throw new ArgumentException($"Expected one gradient per weight. Received: {gradients.Count} gradients for {weights.Count} weights", nameof(gradients));
        }

        Apply([.. weights.Select(w => w.Value)], gradients, [.. weights.Select(w => w.Layer.LearningRateMultiplier)], [.. weights.Select(SlotsOf)]);
    }

    /// <summary>
    /// Applies one update to a tensor that is no layer's weight (an input perturbation, say), in place, with slots the
    /// caller keeps (made by <see cref="NewSlots"/>, disposed with the caller's scope), then counts the step.
    /// </summary>
    internal void Apply(Tensor variable, Tensor gradient, Tensor[] slots) => Apply([variable], [gradient], [1.0], [slots]);

    /// <summary>
    /// Applies one update to tensors the caller keeps with their slots (stacked weights of several models trained in
    /// lockstep: the update is elementwise, so each model's slice moves as its own weights would), each step scaled by
    /// its multiplier; counts one step.
    /// </summary>
    internal void Apply(IReadOnlyList<Tensor> variables, IReadOnlyList<Tensor> gradients, IReadOnlyList<double> multipliers, IReadOnlyList<Tensor[]> slots)
    {
        double learningRate = CurrentLearningRate;
        using (no_grad())
        {
            for (int i = 0; i < variables.Count; i++)
            {
                Update(variables[i], gradients[i], learningRate * multipliers[i], slots[i]);
            }
        }

        CountStep();
    }

    /// <summary>Counts one update applied by other means (a fused step that moves the weights itself).</summary>
    internal void CountStep() => Iterations++;

    /// <summary>The slots of <paramref name="weight"/>, or none before its first update (for a training checkpoint).</summary>
    internal IReadOnlyList<Tensor> SlotsIfAny(Weight weight) => slots.TryGetValue(weight, out var state) ? state : [];

    /// <summary>
    /// Continues from a checkpoint: the update count and each weight's slots, which the optimizer takes over (on the
    /// weight's device, with its shape; weights not named start fresh at their first update). Replaces the state it had.
    /// </summary>
    internal void Restore(long iterations, IReadOnlyDictionary<Weight, Tensor[]> weightSlots)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(iterations);
        foreach (var (weight, state) in weightSlots)
        {
            if (state.Length != SlotCount || state.Any(slot => !slot.shape.SequenceEqual(weight.Value.shape)))
            {
                throw new ArgumentException($"Expected {SlotCount} slots of shape [{string.Join(", ", weight.Value.shape)}] for '{weight.Path}' ({Name}).", nameof(weightSlots));
            }
        }

        foreach (var slot in slots.Values.SelectMany(state => state))
        {
            slot.Dispose();
        }

        slots.Clear();
        foreach (var (weight, state) in weightSlots)
        {
            slots[weight] = [.. state.Select(slot => slot.DetachFromDisposeScope())];
        }

        Iterations = iterations;
    }

    /// <summary>Fresh slots (at <see cref="InitialSlotValue"/>) for <paramref name="variable"/>, in the current dispose scope.</summary>
    internal Tensor[] NewSlots(Tensor variable) =>
        [.. Enumerable.Range(0, SlotCount).Select(_ => full_like(variable, InitialSlotValue))];

    /// <summary>Initial value of every slot. The default value is 0.</summary>
    protected virtual double InitialSlotValue => 0;

    /// <summary>Updates one variable in place. Runs under no-grad; <paramref name="state"/> are its slots.</summary>
    /// <param name="variable">The weight tensor (updated in place).</param>
    /// <param name="gradient">Its gradient.</param>
    /// <param name="learningRate">The learning rate for this weight at this step.</param>
    /// <param name="state">The weight's slots, created by <see cref="SlotCount"/> and <see cref="InitialSlotValue"/>.</param>
    protected abstract void Update(Tensor variable, Tensor gradient, double learningRate, Tensor[] state);

    /// <summary>The 1-based number of the update being applied (Keras's <c>local_step</c>).</summary>
    protected long Step => Iterations + 1;

    /// <summary>Throws unless <paramref name="value"/> lies in <c>[min, max]</c>.</summary>
    protected static double RequireInRange(double value, double min, double max, string name) =>
        value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(name, $"Expected a value in [{min}, {max}]. Received: {name}={value}");

    private Tensor[] SlotsOf(Weight weight)
    {
        if (!slots.TryGetValue(weight, out var state) || (state.Length > 0 && state[0].dtype != weight.Value.dtype))
        {
            state = [.. NewSlots(weight.Value).Select(slot => slot.DetachFromDisposeScope())];
            slots[weight] = state;
        }

        return state;
    }
}
