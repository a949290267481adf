namespace KerasNet.Reproduce;

/// <summary>The options of <c>reproduce bench</c>, parsed with clear errors.</summary>
public sealed record BenchArguments
{
    /// <summary>The one reference model to benchmark, or null for all of them.</summary>
    public string? Model { get; init; }

    /// <summary><c>--epochs N</c>. The default value is 5, or 1 with <c>--quick</c>.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary><c>--threads N</c>. The default value is 2.</summary>
    public int Threads { get; init; } = 2;

    /// <summary><c>--lockstep</c>: time a report's four seeds of the dense models one after the other and in lockstep, instead of KerasNet against plain TorchSharp.</summary>
    public bool Lockstep { get; init; }

    /// <summary><c>--quick</c>: 2048 samples and (unless <c>--epochs</c> is given) 1 epoch; nothing is written.</summary>
    public bool Quick { get; init; }

    /// <summary>Parses <c>[&lt;model&gt;] [options]</c>.</summary>
    /// <exception cref="UsageException">An option is unknown, lacks its value, the value is invalid, or a second model is named.</exception>
    public static BenchArguments Parse(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var result = new BenchArguments();
        int? epochs = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            string option = arguments[i];
            switch (option)
            {
                case "--quick":
                    result = result with { Quick = true };
                    break;
                case "--lockstep":
                    result = result with { Lockstep = true };
                    break;
                case "--epochs":
                    epochs = OptionValues.Positive(option, OptionValues.Next(arguments, ref i));
                    break;
                case "--threads":
                    result = result with { Threads = OptionValues.Positive(option, OptionValues.Next(arguments, ref i)) };
                    break;
                case var name when name.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"unknown option '{name}' for bench.");
                case var name when result.Model is not null:
                    throw new UsageException($"bench takes one model; received '{result.Model}' and '{name}'.");
                default:
                    result = result with { Model = option };
                    break;
            }
        }

        return result with { Epochs = epochs ?? (result.Quick ? 1 : 5) };
    }
}
