using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>
/// Which input pixels a class score depends on: input gradients and saliency maps, guided backpropagation, class
/// activation maps (CAM) and Grad-CAM. Images go in as Keras arrays <c>(samples, height, width, channels)</c>; the
/// model runs in inference mode (dropout off, batch normalization on its moving statistics). Where a method takes
/// <c>classes</c>, null means each sample's predicted class.
/// </summary>
public static class Attribution
{
    /// <summary>The gradient of each sample's class score (by default the model's output, e.g. its softmax probability) with respect to the input, shape like the input.</summary>
    /// <param name="model">A built model.</param>
    /// <param name="images">Inputs <c>(samples, …InputShape)</c>.</param>
    /// <param name="classes">The class per sample; null means each sample's predicted class.</param>
    /// <param name="score">The value differentiated. The default value is <see cref="ClassScore.Output"/>.</param>
    public static NDArray<float> InputGradient(Sequential model, NDArray<float> images, IReadOnlyList<int>? classes = null, ClassScore score = ClassScore.Output)
    {
        using var scope = Begin(model, images);
        var input = TensorConversion.ToInternal(images).requires_grad_(true);
        var (target, _) = ModelTrace.ChosenClassScore(ModelTrace.RunToScores(model, input, 0, score), classes);
        return TensorConversion.ToArray(autograd.grad([target], [input])[0]);
    }

    /// <summary>
    /// Saliency maps <c>(samples, height, width)</c>: the largest absolute input gradient over the channels, scaled to
    /// [0, 1] per image (minimum to 0, maximum to 1), as report kipping2022's code computes them.
    /// </summary>
    /// <param name="model">A built model.</param>
    /// <param name="images">Inputs <c>(samples, height, width, channels)</c>.</param>
    /// <param name="classes">The class per sample; null means each sample's predicted class.</param>
    /// <param name="score">The value differentiated. The default value is <see cref="ClassScore.Output"/>.</param>
    public static NDArray<float> Saliency(Sequential model, NDArray<float> images, IReadOnlyList<int>? classes = null, ClassScore score = ClassScore.Output)
    {
        var gradient = InputGradient(model, images, classes, score);
        using var scope = NewDisposeScope();
        var magnitude = TensorConversion.ToInternal(gradient).abs().amax([1]);
        return TensorConversion.ToArray(Normalize(magnitude));
    }

    /// <summary>
    /// Guided backpropagation (Springenberg et al. 2015), shape like the input: the input gradient where, at every ReLU,
    /// only positive gradients pass back (and only where the ReLU's input was positive). Each layer is differentiated by
    /// autograd; the guided rule is applied between layers, at the output of every layer whose activation is ReLU.
    /// </summary>
    public static NDArray<float> GuidedBackpropagation(Sequential model, NDArray<float> images, IReadOnlyList<int>? classes = null)
    {
        using var scope = Begin(model, images);
        var steps = ModelTrace.PerLayer(model, TensorConversion.ToInternal(images));
        var output = steps[^1].Output;
        var (score, _) = ModelTrace.ChosenClassScore(output, classes);
        var gradient = autograd.grad([score], [output])[0];
        for (int i = steps.Count - 1; i >= 0; i--)
        {
            var (layer, input, layerOutput) = steps[i];
            if (EndsInRelu(layer))
            {
                gradient = gradient.clamp_min(0);
            }

            gradient = autograd.grad([layerOutput], [input], [gradient], allow_unused: true)[0] ?? zeros_like(input);
        }

        return TensorConversion.ToArray(gradient);
    }

    /// <summary>
    /// Grad-CAM (Selvaraju et al. 2017) on the layer named <paramref name="layerName"/>: its channels weighted by the mean
    /// gradient of the class score over their positions, summed, and (unless not <paramref name="rectify"/>) passed through
    /// ReLU; shape <c>(samples, layer height, layer width)</c>, unnormalized.
    /// </summary>
    /// <param name="model">A built model.</param>
    /// <param name="images">Inputs <c>(samples, …InputShape)</c>.</param>
    /// <param name="layerName">A layer with <c>(height, width, channels)</c> output.</param>
    /// <param name="classes">The class per sample; null means each sample's predicted class.</param>
    /// <param name="score">The value differentiated. The default value is <see cref="ClassScore.Output"/>; Selvaraju et al. use <see cref="ClassScore.Logit"/>.</param>
    /// <param name="rectify">Pass the map through ReLU, as Selvaraju et al.; false keeps the negative values, as report kipping2022's code does. The default value is true.</param>
    public static NDArray<float> GradCam(Sequential model, NDArray<float> images, string layerName, IReadOnlyList<int>? classes = null, ClassScore score = ClassScore.Output, bool rectify = true)
    {
        ArgumentNullException.ThrowIfNull(layerName);
        using var scope = Begin(model, images);
        int index = ModelTrace.IndexOf(model, layerName);
        if (model.Layers[index].OutputShape.Rank != 3)
        {
            throw new ArgumentException($"Grad-CAM needs a layer with (height, width, channels) output; '{layerName}' outputs {model.Layers[index].OutputShape}.", nameof(layerName));
        }

        var features = ModelTrace.Run(model, TensorConversion.ToInternal(images), 0, index + 1).detach().requires_grad_(true);
        var (target, _) = ModelTrace.ChosenClassScore(ModelTrace.RunToScores(model, features, index + 1, score), classes);
        var gradient = autograd.grad([target], [features])[0];
        var weights = gradient.mean([2, 3], keepdim: true);
        var map = (weights * features).sum(1);
        return TensorConversion.ToArray(rectify ? map.relu() : map);
    }

    /// <summary>
    /// Class activation maps (Zhou et al. 2016) for a net ending in GlobalAveragePooling2D → Dense: the pooled layer's
    /// channels weighted by the class's output weights, <c>(samples, height, width)</c>, unnormalized.
    /// </summary>
    /// <exception cref="ArgumentException">The model does not end in GlobalAveragePooling2D followed by one Dense layer.</exception>
    public static NDArray<float> ClassActivationMap(Sequential model, NDArray<float> images, IReadOnlyList<int>? classes = null)
    {
        using var scope = Begin(model, images);
        int count = model.Layers.Count;
        if (count < 2 || model.Layers[count - 2] is not GlobalAveragePooling2D || model.Layers[count - 1] is not Dense dense)
        {
            throw new ArgumentException($"A class activation map needs a model ending in GlobalAveragePooling2D and Dense; '{model.Name}' ends in {string.Join(", ", model.Layers.TakeLast(2).Select(l => l.TypeName))}.", nameof(model));
        }

        using var inference = no_grad();
        var features = ModelTrace.Run(model, TensorConversion.ToInternal(images), 0, count - 2);
        var (_, chosen) = ModelTrace.ChosenClassScore(ModelTrace.Run(model, features, count - 2, count), classes);
        var kernel = TensorConversion.ToInternal(dense.Weights.First(w => w.Name == "kernel").GetValue());
        var classWeights = kernel.t().index_select(0, chosen);
        return TensorConversion.ToArray((classWeights.unsqueeze(-1).unsqueeze(-1) * features).sum(1));
    }

    /// <summary>Each map of <paramref name="maps"/> (first axis: samples) scaled to [0, 1]: minimum to 0, maximum to 1 (a constant map becomes 0).</summary>
    public static NDArray<float> Normalize(NDArray<float> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        using var scope = NewDisposeScope();
        return TensorConversion.ToArray(Normalize(tensor(maps.Data, maps.Shape.Select(d => (long)d).ToArray())));
    }

    private static Tensor Normalize(Tensor maps)
    {
        var flat = maps.flatten(1);
        var minimum = flat.amin([1], keepdim: true);
        var range = flat.amax([1], keepdim: true) - minimum;
        return ((flat - minimum) / (range + 1e-18)).reshape(maps.shape);
    }

    private static bool EndsInRelu(Layer layer) => layer switch
    {
        KernelLayer kernel => kernel.Activation.Name == Activations.Activations.Relu.Name,
        Layers.Activation activation => activation.Function.Name == Activations.Activations.Relu.Name,
        _ => false,
    };

    private static IDisposable Begin(Sequential model, NDArray<float> images)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(images);
        model.CheckInputs(images, nameof(images));
        return new CompositeScope(NewDisposeScope(), enable_grad());
    }
}
