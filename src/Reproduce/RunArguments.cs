namespace KerasNet.Reproduce;

/// <summary>The options of <c>reproduce run</c>, parsed with clear errors.</summary>
public sealed record RunArguments
{
    /// <summary>The experiment name.</summary>
    public required string Experiment { get; init; }

    /// <summary><c>--variant NAME</c> (repeatable).</summary>
    public IReadOnlyList<string>? Variants { get; init; }

    /// <summary><c>--seeds 1,2</c>: 1-based positions in seeds.json.</summary>
    public IReadOnlyList<int>? SeedPositions { get; init; }

    /// <summary><c>--epochs N</c>.</summary>
    public int? Epochs { get; init; }

    /// <summary><c>--report-protocol</c>: train the report's epochs where the config declares a shorter protocol.</summary>
    public bool ReportProtocol { get; init; }

    /// <summary><c>--threads N</c>: libtorch threads per run (null when not given: 2, or 1 per job with <c>--jobs</c>).</summary>
    public int? Threads { get; init; }

    /// <summary><c>--jobs N</c>: train up to N runs at once, each in its own process. The default value is 1.</summary>
    public int Jobs { get; init; } = 1;

    /// <summary><c>--device cpu|cuda[:k]</c>; the <c>KERASNET_DEVICE</c> environment variable, or the CPU, when absent.</summary>
    public string? Device { get; init; }

    /// <summary><c>--results DIR</c>.</summary>
    public string? Results { get; init; }

    /// <summary><c>--lockstep auto|off</c>: train a variant's seeds together where the model allows (auto), or one after the other. The default value is true (auto).</summary>
    public bool Lockstep { get; init; } = true;

    /// <summary><c>--force</c>.</summary>
    public bool Force { get; init; }

    /// <summary><c>--shard i/n</c>: only the variants of that part (all when null).</summary>
    public Experiments.Running.Shard? Shard { get; init; }

    /// <summary><c>--quick</c>.</summary>
    public bool Quick { get; init; }

    /// <summary>Parses <c>&lt;name&gt; [options]</c>.</summary>
    /// <exception cref="UsageException">An option is unknown, lacks its value, or the value is invalid.</exception>
    public static RunArguments Parse(IReadOnlyList<string> arguments)
    {
        if (arguments.Count == 0 || arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException("run needs an experiment name, e.g. 'reproduce run demo/fashion-mnist-dense'; 'reproduce list' shows them.");
        }

        var result = new RunArguments { Experiment = arguments[0] };
        var variants = new List<string>();
        for (int i = 1; i < arguments.Count; i++)
        {
            string option = arguments[i];
            string Value() => OptionValues.Next(arguments, ref i);
            int Positive(string value) => OptionValues.Positive(option, value);
            result = option switch
            {
                "--variant" => result with { Variants = variants },
                "--seeds" => result with { SeedPositions = Value().Split(',').Select(Positive).ToList() },
                "--epochs" => result with { Epochs = Positive(Value()) },
                "--threads" => result with { Threads = Positive(Value()) },
                "--jobs" => result with { Jobs = Positive(Value()) },
                "--results" => result with { Results = Value() },
                "--device" => result with { Device = Value() },
                "--lockstep" => result with { Lockstep = LockstepMode(Value()) },
                "--report-protocol" => result with { ReportProtocol = true },
                "--force" => result with { Force = true },
                "--quick" => result with { Quick = true },
                "--shard" => result with { Shard = ShardOf(Value()) },
                _ => throw new UsageException($"unknown option '{option}' for run."),
            };
            if (option == "--variant")
            {
                variants.Add(Value());
            }
        }

        return result.ReportProtocol && result.Epochs is not null
            ? throw new UsageException("run takes --epochs or --report-protocol, not both.")
            : result.Quick && result.Jobs > 1
            ? throw new UsageException("run takes --quick or --jobs, not both: a quick run is one seed of each variant, one after the other.")
            : result;
    }

    /// <summary>Parses <c>--shard</c>'s value.</summary>
    /// <exception cref="UsageException">Not i/n with 0 ≤ i &lt; n.</exception>
    public static Experiments.Running.Shard ShardOf(string value)
    {
        try
        {
            return Experiments.Running.Shard.Parse(value);
        }
        catch (FormatException e)
        {
            throw new UsageException($"--shard: {e.Message}");
        }
    }

    private static bool LockstepMode(string value) => value switch
    {
        "auto" => true,
        "off" => false,
        _ => throw new UsageException($"--lockstep takes auto or off; received '{value}'."),
    };
}
