namespace KerasNet.Experiments.Configuration;

/// <summary>One variant (grid cell or alternative) of an experiment.</summary>
public sealed record VariantConfig
{
    /// <summary>Name used in results paths and on the command line, e.g. <c>lr=0.001,batch=64</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Training fields that differ from the experiment's.</summary>
    public TrainingSettings? Training { get; init; }
}
