using System.Globalization;
using System.Text;

namespace KerasNet.Models;

public partial class Sequential
{
    private const int SummaryWidth = 65;
    private static readonly int[] SummaryColumns = [29, 55, SummaryWidth];

    /// <summary>The number of parameters the optimizer updates.</summary>
    public long TrainableParameterCount => Weights.Where(w => w.IsTrainable).Sum(w => w.Count);

    /// <summary>The number of all parameters (trainable and not).</summary>
    public long ParameterCount => Weights.Sum(w => w.Count);

    /// <summary>
    /// The Keras summary table: one row per layer with its name and type, output shape with the batch axis
    /// as <c>None</c>, and parameter count, then the totals.
    /// </summary>
    public string Summary()
    {
        var text = new StringBuilder();
        text.Append("Model: \"").Append(Name).Append('"').Append('\n');
        text.Append('_', SummaryWidth).Append('\n');
        AppendRow(text, "Layer (type)", "Output Shape", "Param #");
        text.Append('=', SummaryWidth).Append('\n');
        for (int i = 0; i < Layers.Count; i++)
        {
            var layer = Layers[i];
            string shape = layer.IsBuilt ? layer.OutputShape.ToBatchString() : "(unbuilt)";
            AppendRow(text, $"{layer.Name} ({layer.TypeName})", shape, Count(layer.ParameterCount));
            text.Append(i == Layers.Count - 1 ? '=' : '_', SummaryWidth).Append('\n');
        }

        if (Layers.Count == 0)
        {
            text.Append('=', SummaryWidth).Append('\n');
        }

        text.Append("Total params: ").Append(Count(ParameterCount)).Append('\n');
        text.Append("Trainable params: ").Append(Count(TrainableParameterCount)).Append('\n');
        text.Append("Non-trainable params: ").Append(Count(ParameterCount - TrainableParameterCount)).Append('\n');
        text.Append('_', SummaryWidth).Append('\n');
        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, params string[] fields)
    {
        int start = text.Length;
        for (int i = 0; i < fields.Length; i++)
        {
            text.Append(fields[i]);
            int column = start + SummaryColumns[i];
            text.Append(' ', Math.Max(text.Length < column ? column - text.Length : 1, 0));
        }

        text.Length = start + text.ToString(start, text.Length - start).TrimEnd().Length;
        text.Append('\n');
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
