namespace KerasNet.Experiments.Configuration;

/// <summary>
/// What an analysis experiment (one that looks into its trained models) computes after training. Each
/// experiment reads the fields it needs and says which ones in its documentation; the runner redoes an
/// analysis whose settings changed without retraining the model.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>Test images shown in the pictures.</summary>
    public int? Images { get; init; }

    /// <summary>Test images the numbers (accuracies, success rates) are measured on, from the start of the test set.</summary>
    public int? Samples { get; init; }

    /// <summary>Layer names (Keras's automatic names, e.g. <c>conv2d_5</c>) the analysis looks at.</summary>
    public IReadOnlyList<string>? Layers { get; init; }

    /// <summary>Perturbation budgets (L∞, in pixel units of [0, 1]) of an accuracy-versus-ε curve.</summary>
    public IReadOnlyList<double>? Epsilons { get; init; }

    /// <summary>The budget of a single attack shown in pictures and its success rate.</summary>
    public double? Epsilon { get; init; }

    /// <summary>Iterations of an iterative method (PGD, the Adam attack, gradient ascent).</summary>
    public int? Steps { get; init; }

    /// <summary>Step size of gradient ascent or PGD, or the Adam attack's learning rate.</summary>
    public double? StepSize { get; init; }

    /// <summary>
    /// The class scores whose loss the attacks differentiate, by <see cref="KerasNet.Interpret.ClassScore"/> name in lower
    /// case (<c>logit</c>, <c>output</c>), in order; the first one's attack is pictured.
    /// </summary>
    public IReadOnlyList<string>? Scores { get; init; }

    /// <summary>These settings, with <paramref name="defaults"/> for every one left out.</summary>
    public AnalysisSettings Over(AnalysisSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new AnalysisSettings
        {
            Images = Images ?? defaults.Images,
            Samples = Samples ?? defaults.Samples,
            Layers = Layers ?? defaults.Layers,
            Epsilons = Epsilons ?? defaults.Epsilons,
            Epsilon = Epsilon ?? defaults.Epsilon,
            Steps = Steps ?? defaults.Steps,
            StepSize = StepSize ?? defaults.StepSize,
            Scores = Scores ?? defaults.Scores,
        };
    }
}
