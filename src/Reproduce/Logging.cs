using Serilog;
using Serilog.Events;

namespace KerasNet.Reproduce;

/// <summary>Serilog set-up: warnings and errors to the console (stderr), everything to a file when asked.</summary>
public static class Logging
{
    /// <summary>Creates the logger; <paramref name="logFile"/> adds a file sink with all levels.</summary>
    public static Serilog.Core.Logger Create(string? logFile)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Debug()
            .WriteTo.Console(restrictedToMinimumLevel: LogEventLevel.Warning, standardErrorFromLevel: LogEventLevel.Verbose);
        if (logFile is not null)
        {
            configuration = configuration.WriteTo.File(logFile, outputTemplate: "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u3}] {Message:lj}{NewLine}{Exception}");
        }

        return configuration.CreateLogger();
    }
}
