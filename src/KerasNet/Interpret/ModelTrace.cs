using KerasNet.Layers;
using KerasNet.Models;
using static TorchSharp.torch;

namespace KerasNet.Interpret;

/// <summary>
/// Runs a model in inference mode layer by layer so that interpretation methods can reach what autograd needs: the
/// output of a named layer as a leaf of the rest of the graph, or each layer as its own small graph.
/// </summary>
internal static class ModelTrace
{
    /// <summary>The index of the layer named <paramref name="layerName"/>.</summary>
    /// <exception cref="ArgumentException">No such layer; the message lists the layers.</exception>
    public static int IndexOf(Sequential model, string layerName)
    {
        for (int i = 0; i < model.Layers.Count; i++)
        {
            if (model.Layers[i].Name == layerName)
            {
                return i;
            }
        }

        throw new ArgumentException($"Model '{model.Name}' has no layer '{layerName}'. Layers: {string.Join(", ", model.Layers.Select(l => l.Name))}.", nameof(layerName));
    }

    /// <summary>The layers 0..<paramref name="end"/> (exclusive) applied to <paramref name="x"/>.</summary>
    public static Tensor Run(Sequential model, Tensor x, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            x = model.Layers[i].Call(x, training: false);
        }

        return x;
    }

    /// <summary>
    /// The layers <paramref name="start"/>..end applied to <paramref name="x"/>, giving the chosen class score: the model's
    /// output, or for <see cref="ClassScore.Logit"/> the last (Dense) layer's value before its activation.
    /// </summary>
    /// <exception cref="ArgumentException">Logits are asked of a model that does not end in Dense.</exception>
    public static Tensor RunToScores(Sequential model, Tensor x, int start, ClassScore score)
    {
        if (score == ClassScore.Output)
        {
            return Run(model, x, start, model.Layers.Count);
        }

        if (model.Layers[^1] is not Dense last)
        {
            throw new ArgumentException($"Logit scores need a model ending in Dense; '{model.Name}' ends in {model.Layers[^1].TypeName}.", nameof(score));
        }

        return last.CallBeforeActivation(Run(model, x, start, model.Layers.Count - 1));
    }

    /// <summary>Each layer's input (a leaf that requires grad) and output, in order.</summary>
    public static List<(Layer Layer, Tensor Input, Tensor Output)> PerLayer(Sequential model, Tensor x)
    {
        var steps = new List<(Layer, Tensor, Tensor)>();
        foreach (var layer in model.Layers)
        {
            var input = x.detach().requires_grad_(true);
            x = layer.Call(input, training: false);
            steps.Add((layer, input, x));
        }

        return steps;
    }

    /// <summary>The summed score of each sample's class (given, or the predicted one) in <paramref name="output"/>, and the classes.</summary>
    public static (Tensor Score, Tensor Classes) ChosenClassScore(Tensor output, IReadOnlyList<int>? classes)
    {
        if (classes is not null && classes.Count != output.shape[0])
        {
            throw new ArgumentException($"Expected one class per sample ({output.shape[0]}). Received: {classes.Count} classes.", nameof(classes));
        }

        if (classes is not null && classes.Any(c => c < 0 || c >= output.shape[1]))
        {
            throw new ArgumentException($"Expected classes in 0..{output.shape[1] - 1}. Received: {string.Join(", ", classes.Where(c => c < 0 || c >= output.shape[1]))}.", nameof(classes));
        }

        var chosen = classes is null
            ? output.argmax(1)
            : Backend.Engine.Place(tensor(classes.Select(c => (long)c).ToArray()));

        return (output.gather(1, chosen.unsqueeze(1)).sum(), chosen);
    }
}
