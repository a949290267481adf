using KerasNet.Backend;
using KerasNet.Data;
using KerasNet.Experiments;
using KerasNet.Reproduce;

var arguments = args.ToList();
string? logFile = null;
int logIndex = arguments.IndexOf("--log-file");
if (logIndex >= 0)
{
    if (logIndex + 1 >= arguments.Count)
    {
        Console.Error.WriteLine("reproduce: --log-file needs a path.");
        return 2;
    }

    logFile = arguments[logIndex + 1];
    arguments.RemoveRange(logIndex, 2);
}

using var log = Logging.Create(logFile);
try
{
    if (arguments.Count == 0 || arguments[0] == "help" || arguments.Exists(a => a is "--help" or "-h"))
    {
        Console.WriteLine(Commands.Usage);
        return arguments.Count == 0 ? 2 : 0;
    }

    return arguments[0] switch
    {
        "models" => Commands.Models(Console.Out),
        "summary" => Commands.Summary(arguments[1..], Console.Out, log),
        "engine" => Commands.EngineInfo(Console.Out, log),
        "data" => DataCommands.Run(arguments[1..], new DatasetStore(), Console.Out, log),
        "list" => ListCommand.Execute(arguments[1..], Workspace.Find(), new DatasetStore(), Console.Out),
        "run" => RunInterruptibly(arguments[1..], log),
        "bench" => BenchCommand.Execute(arguments[1..], Workspace.Find(), Console.Out),
        "guard" => GuardCommand.Execute(arguments[1..], Workspace.Find(), Console.Out),
        "report" => ReportCommand.Execute(arguments[1..], Workspace.Find(), new DatasetStore(), Console.Out),
        "verify" => VerifyCommand.Execute(arguments[1..], Workspace.Find(), new DatasetStore(), Console.Out),
        "plan" => PlanCommand.Execute(arguments[1..], Workspace.Find(), new DatasetStore(), Console.Out),
        "merge" => MergeCommand.Execute(arguments[1..], Workspace.Find(), Console.Out),
        _ => throw new UsageException($"unknown command '{arguments[0]}'."),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"reproduce: {e.Message}");
    Console.Error.WriteLine("Run 'reproduce --help' for the commands.");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("reproduce: interrupted; finished runs are kept, and the interrupted one continues from its last finished epoch next time.");
    return 130;
}
catch (Exception e) when (ExitCodeOf(e) is { } code)
{
    log.Debug(e, "Stopped by a user-facing error");
    Console.Error.WriteLine($"reproduce: {e.Message}");
    return code;
}

// The errors whose message is meant for the user as it is (one line, no trace), and the exit code of each.
static int? ExitCodeOf(Exception e) => e switch
{
    ConfigurationException => 2,
    EngineUnavailableException => 3,
    DatasetException => 4,
    _ => null,
};

static int RunInterruptibly(IReadOnlyList<string> arguments, Serilog.ILogger log)
{
    using var cancellation = new CancellationTokenSource();
    void Cancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }

    Console.CancelKeyPress += Cancel;
    try
    {
        return RunCommand.Execute(arguments, Workspace.Find(), new DatasetStore(), Console.Out, log, cancellation.Token);
    }
    finally
    {
        Console.CancelKeyPress -= Cancel;
    }
}
