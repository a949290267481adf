using System.Diagnostics;
using System.Text.Json.Nodes;

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

    /// <summary>Runs <c>reproduce</c> from the test's folder and fails the calling test unless it exits with 0.</summary>
    /// <returns>What it wrote to standard output.</returns>
    public static string Succeed(string arguments)
    {
        var (code, output, error) = Run(AppContext.BaseDirectory, arguments, TimeSpan.FromMinutes(5));
        Assert.That(code, Is.Zero, $"reproduce {arguments}: {error}");
        return output;
    }

    /// <summary>Every run record under a results folder, by its path relative to that folder.</summary>
    public static Dictionary<string, JsonNode> Records(string results) =>
        Directory.GetFiles(results, "seed-*.json", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(results, f), f => JsonNode.Parse(File.ReadAllText(f))!);
}
