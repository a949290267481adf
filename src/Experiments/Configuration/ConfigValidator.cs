using System.Text.Json;
using KerasNet.Architectures;
using KerasNet.Data;

namespace KerasNet.Experiments.Configuration;

/// <summary>
/// Checks a loaded config before anything runs: names, ranges, references and claims, each error one line naming the
/// file and what is wrong (unknown metric, a value out of range, a deviation without its pin, …).
/// </summary>
internal static class ConfigValidator
{
    private static IReadOnlyList<string> Optimizers => KerasNet.Optimizers.Optimizers.Names;

    private static IReadOnlyList<string> Losses => KerasNet.Losses.Losses.Names;

    internal static void Validate(string path, ExperimentConfig config, string? expectedName)
    {
        void Fail(string problem) => throw new ConfigurationException($"{path}: {problem}");

        if (config.Name.Split('/') is not [{ Length: > 0 }, { Length: > 0 }])
        {
            Fail($"name '{config.Name}' must be '<report>/<experiment>'.");
        }

        if (expectedName is not null && config.Name != expectedName)
        {
            Fail($"name '{config.Name}' does not match the file's place (expected '{expectedName}').");
        }

        if (!ExperimentKinds.Names.Contains(config.Kind, StringComparer.Ordinal))
        {
            Fail($"unknown kind '{config.Kind}'; known: {string.Join(", ", ExperimentKinds.Names)}.");
        }

        if (!Datasets.All.Any(d => d.Name == config.Dataset))
        {
            Fail($"unknown dataset '{config.Dataset}'; known: {string.Join(", ", Datasets.All.Select(d => d.Name))}.");
        }

        if (config.Variants.Count == 0)
        {
            Fail("variants must list at least one variant.");
        }

        foreach (var variant in config.Variants)
        {
            if (variant.Name.Length == 0 || variant.Name.IndexOfAny(['/', '\\']) >= 0 || variant.Name.StartsWith('.'))
            {
                Fail($"variant name '{variant.Name}' must be non-empty, without slashes, and not start with a dot.");
            }

            ValidateTraining(variant.Name, config.Resolve(variant), Fail);
        }

        var duplicate = config.Variants.GroupBy(v => v.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            Fail($"variant '{duplicate.Key}' is listed twice.");
        }

        foreach (var reference in config.References)
        {
            CheckPoint(config, reference.Variant, reference.Epoch, $"reference {reference.Metric}", Fail);
            if (reference.Tolerance < 0 || !double.IsFinite(reference.Tolerance))
            {
                Fail($"reference {reference.Variant} {reference.Metric}: tolerance {reference.Tolerance} must be a non-negative number.");
            }

            ValidateReference(config.Kind, reference, Fail);
        }

        bool analysisKind = config.Kind != ExperimentKinds.ImageClassification;
        if (analysisKind != config.Analysis is not null)
        {
            Fail(analysisKind ? $"kind '{config.Kind}' needs an 'analysis' section." : "an 'analysis' section needs an analysis kind, not 'image-classification'.");
        }

        if (config.Analysis is { } analysis)
        {
            ValidateAnalysis(analysis, Fail);
        }

        if (config.Data is { } data)
        {
            ValidateData(data, Datasets.Get(config.Dataset).ClassCount, Fail);
        }

        if (config.Seeds is { } ownSeeds && (ownSeeds.Count == 0 || ownSeeds.Any(seed => seed < 0) || ownSeeds.Distinct().Count() != ownSeeds.Count))
        {
            Fail($"seeds [{string.Join(", ", ownSeeds)}] must list distinct non-negative seeds, at least one.");
        }

        if (config.CollapseRate is { } rate)
        {
            CheckMetric(config.Kind, rate.Metric, "collapseRate", Fail);
            var missing = rate.Forms.SelectMany(form => rate.Pattern.Select(run => $"{form},{run.Setting}")).FirstOrDefault(name => config.Variants.All(v => v.Name != name));
            if (rate.Forms.Count == 0 || rate.Pattern.Count == 0 || missing is not null)
            {
                Fail($"collapseRate needs forms and a pattern whose every setting is a variant of every form{(missing is null ? string.Empty : $"; there is no variant '{missing}'")}.");
            }

            if (config.Variants.Select(config.Resolve).FirstOrDefault(t => t.TotalEpochs < rate.Epoch) is not null)
            {
                Fail($"collapseRate reads epoch {rate.Epoch}, past the end of a variant's training.");
            }

            var checks = rate.Checks.Select(check => (Check: check, Owner: string.Empty))
                .Concat(rate.Pattern.SelectMany(run => run.Checks.Select(check => (Check: check, Owner: $" (a check of the published run '{run.Source}')"))));
            foreach (var (check, owner) in checks)
            {
                if (!rate.Forms.Contains(check.Form) || !(check.Alpha is > 0 and < 1) || string.IsNullOrWhiteSpace(check.Reason))
                {
                    Fail($"collapseRate check of form '{check.Form}' needs a form of {string.Join(", ", rate.Forms)}, an alpha in (0, 1) and a reason{owner}.");
                }

                if ((check.Observed is null) != (check.ObservedTolerance is null) || check.ObservedTolerance is < 0
                    || (check.Observed is { } p && (p >= check.Alpha) == check.Consistent))
                {
                    Fail($"collapseRate check of form '{check.Form}': a deviation needs observed and a non-negative observedTolerance, both or neither, and an observed p-value that contradicts the statement{owner}.");
                }
            }
        }

        if (config.ReportEpochs is { } reportEpochs && config.Variants.FirstOrDefault(v => !(config.Resolve(v).TotalEpochs < reportEpochs)) is { } longer)
        {
            Fail($"reportEpochs {reportEpochs} declares a shorter protocol, but variant '{longer.Name}' trains {config.Resolve(longer).TotalEpochs} epochs; give reportEpochs only when every variant trains fewer.");
        }

        foreach (var claim in config.Claims)
        {
            CheckPoint(config, claim.Higher, claim.HigherEpoch, $"claim '{claim.Text}'", Fail);
            CheckMetric(config.Kind, claim.Metric, $"claim '{claim.Text}'", Fail);
            if ((claim.Observed is null) != (claim.ObservedTolerance is null) || claim.ObservedTolerance is < 0)
            {
                Fail($"claim '{claim.Text}': a deviation needs observed and a non-negative observedTolerance, both or neither.");
            }

            if (claim.Observed is { } observed && observed > claim.Margin && !(observed > claim.MaxDifference) && claim.EverySeedAbove is null)
            {
                Fail($"claim '{claim.Text}': observed {observed} satisfies the claim (margin {claim.Margin}) and no everySeedAbove floor can break it; that is no deviation.");
            }

            if (claim.Lower is not null && claim.Margin == 0)
            {
                Fail($"claim '{claim.Text}': margin 0 calls any difference, noise included, a difference; state the noise margin the words allow.");
            }

            if (claim.EverySeedAbove is { } floor && !double.IsFinite(floor))
            {
                Fail($"claim '{claim.Text}': everySeedAbove {floor} must be finite.");
            }

            if (claim.StandardErrors is { } z && !(z > 0 && double.IsFinite(z)))
            {
                Fail($"claim '{claim.Text}': standardErrors {z} must be positive and finite.");
            }

            if (claim.MaxDifference is { } most && !(most > claim.Margin))
            {
                Fail($"claim '{claim.Text}': maxDifference {most} must exceed margin {claim.Margin}.");
            }
            if (claim.Lower is null != claim.LowerEpoch is null)
            {
                Fail($"claim '{claim.Text}': lower and lowerEpoch go together (both, or neither for an absolute claim).");
            }

            if (claim.Lower is not null)
            {
                CheckPoint(config, claim.Lower, claim.LowerEpoch!.Value, $"claim '{claim.Text}'", Fail);
            }

            CheckCause($"claim '{claim.Text}'", claim.Observed is not null, claim.Cause, Fail);
        }
    }

    private static void ValidateReference(string kind, ReferenceValue reference, Action<string> fail)
    {
        string where = $"reference {reference.Variant} {reference.Metric} epoch {reference.Epoch}";
        CheckMetric(kind, reference.Metric, where, fail);
        bool pinned = reference.Observed is not null || reference.ObservedTolerance is not null;
        switch (reference.Check)
        {
            case CheckKind.Deviates when reference.Observed is null || reference.ObservedTolerance is null:
                fail($"{where}: a deviation needs observed and observedTolerance, the seed mean our runs reach and how far it may move.");
                break;
            case CheckKind.Deviates when !double.IsFinite(reference.Observed.Value) || reference.ObservedTolerance < 0 || !double.IsFinite(reference.ObservedTolerance.Value):
                fail($"{where}: observed {reference.Observed} and observedTolerance {reference.ObservedTolerance} must be finite, the tolerance non-negative.");
                break;
            case CheckKind.Deviates when Math.Abs(reference.Observed.Value - reference.Value) <= reference.Tolerance:
                fail($"{where}: observed {reference.Observed} lies within tolerance {reference.Tolerance} of the value {reference.Value}; that is no deviation.");
                break;
            case CheckKind.Collapses when reference.CollapsedSeeds is not (>= 0 and <= 1000):
                fail($"{where}: a collapse needs collapsedSeeds, how many seeds ended collapsed when recorded.");
                break;
            case not CheckKind.Deviates when pinned:
                fail($"{where}: observed and observedTolerance belong to deviates checks only.");
                break;
            case not CheckKind.Collapses when reference.CollapsedSeeds is not null:
                fail($"{where}: collapsedSeeds belongs to collapses checks only.");
                break;
        }

        CheckCause(where, reference.Check == CheckKind.Deviates, reference.Cause, fail);
    }

    /// <summary>A deviation states its cause in one line of at most 160 characters; anything else has none.</summary>
    private static void CheckCause(string where, bool deviation, string? cause, Action<string> fail)
    {
        if (deviation && (string.IsNullOrWhiteSpace(cause) || cause.Length > 160 || cause.Contains('\n', StringComparison.Ordinal)))
        {
            fail($"{where}: a deviation needs its cause in one line of at most 160 characters ('cause'; the reason gives the evidence).");
        }
        else if (!deviation && cause is not null)
        {
            fail($"{where}: cause belongs to deviations only.");
        }
    }

    /// <summary>
    /// Rejects a metric name no record logs (a misspelled one would leave its check inconclusive forever): a training
    /// metric, or a value the experiment's kind computes from its trained models.
    /// </summary>
    private static void CheckMetric(string kind, string metric, string where, Action<string> fail)
    {
        IReadOnlyList<string> known = [.. Summaries.DerivedMetrics.Checkable, .. ExperimentKinds.CheckableValues(kind)];
        if (!known.Contains(metric))
        {
            fail($"{where}: metric '{metric}' is unknown; known: {string.Join(", ", known)}.");
        }
    }

    internal static void ValidateData(DataSelection data, int classCount, Action<string> fail)
    {
        if (data.Rescale is { } rescale && !(rescale > 0 && double.IsFinite(rescale)))
        {
            fail($"data.rescale {rescale} must be a positive number.");
        }

        foreach (var (role, selection) in new[] { ("train", data.Train), ("test", data.Test) })
        {
            if (selection is null)
            {
                continue;
            }

            if (selection.From is not (null or "train" or "test"))
            {
                fail($"data.{role}.from '{selection.From}' must be 'train' or 'test'.");
            }

            if (selection.First is <= 0)
            {
                fail($"data.{role}.first {selection.First} must be a positive integer.");
            }

            if (selection.Indices is { } indices && (indices.Count == 0 || indices.Any(i => i < 0) || indices.Distinct().Count() != indices.Count))
            {
                fail($"data.{role}.indices must list at least one sample index, none negative and none twice.");
            }
        }

        if (data.Classes is { } classes && (classes.Count < 2 || classes.Any(c => c < 0 || c >= classCount) || classes.Distinct().Count() != classes.Count))
        {
            fail($"data.classes [{string.Join(", ", classes)}] must list at least two distinct classes in 0..{classCount - 1}.");
        }

        if (data.HeldOutValidation is { } fraction && !(fraction is > 0 and < 1))
        {
            fail($"data.heldOutValidation {fraction} must be in (0, 1).");
        }

        if (data.Offset is { } offset && !double.IsFinite(offset))
        {
            fail($"data.offset {offset} must be a finite number.");
        }
    }

    private static void ValidateAnalysis(AnalysisSettings analysis, Action<string> fail)
    {
        if (analysis.Images is <= 0 or > 100)
        {
            fail($"analysis.images {analysis.Images} must be in 1..100.");
        }

        if (analysis.Samples is <= 0)
        {
            fail($"analysis.samples {analysis.Samples} must be positive.");
        }

        if (analysis.Steps is <= 0 or > 100_000)
        {
            fail($"analysis.steps {analysis.Steps} must be in 1..100000.");
        }

        if (analysis.StepSize is { } stepSize && !(stepSize > 0 && double.IsFinite(stepSize)))
        {
            fail($"analysis.stepSize {stepSize} must be a positive number.");
        }

        foreach (double epsilon in (analysis.Epsilons ?? []).Concat(analysis.Epsilon is { } e ? [e] : []))
        {
            if (epsilon is < 0 or > 1 || double.IsNaN(epsilon))
            {
                fail($"analysis: epsilon {epsilon} must be in [0, 1] (pixel units).");
            }
        }

        if (analysis.Layers is { Count: 0 } || analysis.Layers?.Any(string.IsNullOrWhiteSpace) == true)
        {
            fail("analysis.layers must name at least one layer and no empty names.");
        }

        var scores = Enum.GetNames<KerasNet.Interpret.ClassScore>().Select(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
        if (analysis.Scores is { } named && (named.Count == 0 || named.Any(n => !scores.Contains(n)) || named.Distinct().Count() != named.Count))
        {
            fail($"analysis.scores [{string.Join(", ", named)}] must list one or both of {string.Join(", ", scores)}, each once.");
        }
    }

    private static void ValidateTraining(string variant, TrainingSettings training, Action<string> fail)
    {
        string where = $"variant '{variant}'";
        if (training.Model is null || !ModelCatalog.All.Any(m => m.Name == training.Model))
        {
            fail($"{where}: model '{training.Model}' is missing or unknown; known: {string.Join(", ", ModelCatalog.All.Select(m => m.Name))}.");
        }

        if (training.Optimizer is null || !Optimizers.Contains(training.Optimizer))
        {
            fail($"{where}: optimizer '{training.Optimizer}' is missing or unknown; known: {string.Join(", ", Optimizers)}.");
        }

        if (training.Loss is null)
        {
            fail($"{where}: loss is missing; known: {string.Join(", ", Losses)}.");
        }

        Check(where, "loss", training.Loss, l => l.ToLoss(), fail);
        Check(where, "kernelInitializer", training.KernelInitializer, i => i.ToInitializer(), fail);
        Check(where, "biasInitializer", training.BiasInitializer, i => i.ToInitializer(), fail);
        Check(where, "outputInitializer", training.OutputInitializer, i => i.ToInitializer(), fail);
        Check(where, "learningRateSchedule", training.LearningRateSchedule, s => s.ToSchedule(training.LearningRate ?? 0), fail);
        if (training.LearningRateSchedule is not null && training.Optimizer != "sgd")
        {
            fail($"{where}: learningRateSchedule is supported with sgd only; optimizer '{training.Optimizer}'.");
        }
        if (training.HiddenUnits is { } units && (units.Count == 0 || units.Any(u => u is <= 0 or > 1_000_000)))
        {
            fail($"{where}: hiddenUnits [{string.Join(", ", units)}] must list at least one positive layer width.");
        }

        if (training.LearningRate is not (> 0 and < 100))
        {
            fail($"{where}: learningRate {training.LearningRate?.ToString() ?? "(missing)"} must be in (0, 100).");
        }

        if (training.BatchSize is not (> 0 and <= 1_000_000))
        {
            fail($"{where}: batchSize {training.BatchSize?.ToString() ?? "(missing)"} must be a positive integer.");
        }

        if (training.Epochs is not (> 0 and <= 10_000))
        {
            fail($"{where}: epochs {training.Epochs?.ToString() ?? "(missing)"} must be a positive integer.");
        }

        if (training.EvaluationsPerEpoch is <= 0)
        {
            fail($"{where}: evaluationsPerEpoch {training.EvaluationsPerEpoch} must be positive.");
        }

        if (training.StepsPerEpoch is <= 0)
        {
            fail($"{where}: stepsPerEpoch {training.StepsPerEpoch} must be positive.");
        }

        if (training.EvaluationSteps is { } steps
            && (steps.Count == 0 || steps[0] < 1 || steps.Zip(steps.Skip(1)).Any(p => p.First >= p.Second) || training.EvaluationsPerEpoch is not null
                || training.StepsPerEpoch is not { } perEpoch || steps[^1] != perEpoch))
        {
            fail($"{where}: evaluationSteps must ascend from 1 to stepsPerEpoch (which it needs), instead of evaluationsPerEpoch.");
        }

        string[] evaluable = ["train", "test"];
        if (training.Evaluate is { } sets && (sets.Count == 0 || sets.Any(s => !evaluable.Contains(s)) || sets.Distinct().Count() != sets.Count))
        {
            fail($"{where}: evaluate [{string.Join(", ", sets)}] must list train and/or test, each once.");
        }

        if (training.Epsilon is <= 0)
        {
            fail($"{where}: epsilon {training.Epsilon} must be positive.");
        }

        if (training.Momentum is < 0 or >= 1)
        {
            fail($"{where}: momentum {training.Momentum} must be in [0, 1).");
        }

        if (training.Momentum is not null && training.Optimizer is not ("sgd" or "rmsprop"))
        {
            fail($"{where}: momentum applies to sgd and rmsprop only; optimizer '{training.Optimizer}' would ignore it.");
        }

        if (training.Epsilon is not null && training.Optimizer == "sgd")
        {
            fail($"{where}: epsilon does not apply to sgd, which would ignore it.");
        }

        if (training.Activation is { } activation && !Activations.Activations.Names.Contains(activation))
        {
            fail($"{where}: activation '{activation}' is unknown; known: {string.Join(", ", Activations.Activations.Names)}.");
        }

        if (training.NegativeSlope is { } slope && (training.Activation != "leaky_relu" || slope < 0 || !double.IsFinite(slope)))
        {
            fail($"{where}: negativeSlope {slope} needs activation 'leaky_relu' and a non-negative value.");
        }

        if (training.OutputActivation is { } output && !Activations.Activations.Names.Contains(output))
        {
            fail($"{where}: outputActivation '{output}' is unknown; known: {string.Join(", ", Activations.Activations.Names)}.");
        }

        if (training.Padding is { } padding && !Layers.Paddings.Names.Contains(padding))
        {
            fail($"{where}: padding '{padding}' is not one of {string.Join(", ", Layers.Paddings.Names)}.");
        }

        if (ModelCatalog.All.FirstOrDefault(m => m.Name == training.Model) is { } model
            && model.Refused(Experiment.ModelOptionsOf(training).Set) is var refused and not ModelOption.None)
        {
            fail($"{where}: model '{training.Model}' does not take {OptionKeys(refused)}; it takes {(model.Accepts == ModelOption.None ? "no options" : OptionKeys(model.Accepts))}.");
        }

        if (training.Filters is <= 0)
        {
            fail($"{where}: filters {training.Filters} must be positive.");
        }

        if (training.KernelSize is <= 0 || training.Strides is <= 0 || training.ConvolutionFilters?.Any(f => f <= 0) == true)
        {
            fail($"{where}: kernelSize, strides and every convolutionFilters entry must be positive.");
        }

        if (training.Pooling?.FirstOrDefault(p => !Groth2019LeNet.PoolingKinds.Contains(p)) is { } pooling)
        {
            fail($"{where}: pooling '{pooling}' is not one of {string.Join(", ", Groth2019LeNet.PoolingKinds)}.");
        }

        if (training.LearningRateMultipliers?.FirstOrDefault(m => !(m.Value >= 0 && double.IsFinite(m.Value))) is { Key: not null } badMultiplier)
        {
            fail($"{where}: learningRateMultipliers['{badMultiplier.Key}'] {badMultiplier.Value} must be finite and non-negative.");
        }

        if (training.EpochSamples is { } samples && (samples.Count == 0 || samples.Any(i => i < 0)))
        {
            fail($"{where}: epochSamples must list at least one sample index, none negative.");
        }

        CheckLayerNames(where, training, fail);
        if (training.ValidationFreq is { } frequency
            && (frequency <= 0 || training.Epochs % frequency != 0 || (frequency > 1 && (training.EvaluationsPerEpoch is > 1 || training.FineTune is not null))))
        {
            fail($"{where}: validationFreq {frequency} must be positive and divide epochs {training.Epochs}; above 1 it allows neither evaluationsPerEpoch nor fineTune.");
        }

        if (training.FineTune is { } fineTune && (fineTune.Epochs is not (> 0 and <= 10_000) || fineTune.TrainableLayers <= 0))
        {
            fail($"{where}: fineTune needs epochs > 0 and trainableLayers > 0 (got {fineTune.Epochs} and {fineTune.TrainableLayers}).");
        }
    }

    /// <summary>Builds the model when the settings name its layers, so that a name it does not have fails on load.</summary>
    private static void CheckLayerNames(string where, TrainingSettings training, Action<string> fail)
    {
        if ((training.LearningRateMultipliers is null && training.FrozenLayers is null) || ModelCatalog.All.FirstOrDefault(m => m.Name == training.Model) is not { } model)
        {
            return;
        }

        try
        {
            Experiment.ApplyLayerSettings(model.Create(Experiment.ModelOptionsOf(training)), training);
        }
        catch (ConfigurationException e)
        {
            fail($"{where}: {e.Message}");
        }
        catch (ArgumentException)
        {
            // The options' own errors are reported by the checks above.
        }
    }

    /// <summary>Builds a Keras object the settings name, so that an unknown name or argument fails on load.</summary>
    private static void Check<T>(string where, string key, KerasObject? value, Func<KerasObject, T> build, Action<string> fail)
    {
        try
        {
            if (value is not null)
            {
                build(value);
            }
        }
        catch (ArgumentException e)
        {
            fail($"{where}: {key} '{value}': {e.Message}");
        }
    }

    /// <summary>Option flags as their config keys: <c>activation, kernelInitializer</c>.</summary>
    private static string OptionKeys(ModelOption options) =>
        string.Join(", ", Enum.GetValues<ModelOption>().Where(o => o != ModelOption.None && options.HasFlag(o)).Select(o => JsonNamingPolicy.CamelCase.ConvertName(o.ToString())));

    private static void CheckPoint(ExperimentConfig config, string variantName, int epoch, string what, Action<string> fail)
    {
        var variant = config.Variants.FirstOrDefault(v => v.Name == variantName);
        if (variant is null)
        {
            fail($"{what} names variant '{variantName}', which is not in variants.");
            return;
        }

        var settings = config.Resolve(variant);
        int epochs = settings.TotalEpochs;
        if (epoch < 1 || epoch > epochs)
        {
            fail($"{what}: epoch {epoch} is outside 1..{epochs} of variant '{variantName}'.");
        }

        if (settings.ValidationFreq is { } frequency && epoch % frequency != 0)
        {
            fail($"{what}: epoch {epoch} is not recorded; variant '{variantName}' validates every {frequency} epochs.");
        }
    }
}
