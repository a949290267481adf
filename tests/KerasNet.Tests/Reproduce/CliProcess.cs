using System.Diagnostics;

namespace KerasNet.Tests.Reproduce;

/// <summary>Runs the real <c>reproduce</c> CLI as a child process, the way a user starts it.</summary>
internal static class CliProcess
{
    /// <summary>
    /// Starts <c>dotnet reproduce.dll</c> with <paramref name="arguments"/> in <paramref name="directory"/> and waits
    /// for it; fails the calling test when it does not finish within <paramref name="timeout"/>.
    /// </summary>
    /// <returns>The exit code and everything written to standard output and standard error.</returns>
    public static (int Code, string Output, string Error) Run(string directory, string arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("dotnet", $"reproduce.dll {arguments}")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        bool finished = process.WaitForExit(timeout);
        if (!finished)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.That(finished, Is.True, $"`reproduce {arguments}` did not finish within {timeout}");
        return (process.ExitCode, output.Result, error);
    }
}
