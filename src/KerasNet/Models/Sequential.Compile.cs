using KerasNet.Losses;
using KerasNet.Metrics;
using KerasNet.Optimizers;

namespace KerasNet.Models;

public partial class Sequential
{
    /// <summary>The optimizer set by <see cref="Compile"/>.</summary>
    public Optimizer? Optimizer { get; private set; }

    /// <summary>The loss set by <see cref="Compile"/>.</summary>
    public Loss? Loss { get; private set; }

    /// <summary>The metrics set by <see cref="Compile"/>.</summary>
    public IReadOnlyList<Metric> Metrics { get; private set; } = [];

    /// <summary>Configures training (Keras <c>compile</c>); names such as <c>"adam"</c>, <c>"accuracy"</c> work too.</summary>
    /// <param name="optimizer">The optimizer.</param>
    /// <param name="loss">The loss.</param>
    /// <param name="metrics">Metrics reported besides the loss.</param>
    public void Compile(Optimizer optimizer, Loss loss, params Metric[] metrics)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(metrics);
        var duplicate = metrics.GroupBy(m => m.Name).FirstOrDefault(g => g.Count() > 1 || g.Key == "loss");
        if (duplicate is not null)
        {
            throw new ArgumentException($"Metric '{duplicate.Key}' is given twice or clashes with the loss.", nameof(metrics));
        }

        Optimizer = optimizer;
        Loss = loss;
        Metrics = metrics;
    }

    private (Optimizer Optimizer, Loss Loss) RequireCompiled(string method) =>
        Optimizer is not null && Loss is not null
            ? (Optimizer, Loss)
            : throw new InvalidOperationException($"{method} was called before Compile: call model.Compile(optimizer, loss) first.");
}
