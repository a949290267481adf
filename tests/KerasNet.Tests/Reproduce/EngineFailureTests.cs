using KerasNet.Tools.ElfVersionPatcher;

namespace KerasNet.Tests.Reproduce;

/// <summary>
/// Runs the real CLI against the library exactly as NuGet ships it (without the build-time fix) and checks
/// that a user sees one sentence naming the cause and the remedy, not TorchSharp's trace.
/// </summary>
public sealed class EngineFailureTests
{
    [Test]
    public void Cli_WithTheUnpatchedNativeLibrary_PrintsOneSentenceAndExits3()
    {
        string shipped = ShippedLibraryOrIgnore();
        string app = Directory.CreateTempSubdirectory("kerasnet-unpatched-").FullName;
        try
        {
            CopyAppWith(shipped, app);

            var (code, output, error) = CliProcess.Run(app, "engine", TimeSpan.FromMinutes(2));

            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(3));
                Assert.That(output, Is.Empty);
                Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
                Assert.That(error, Does.Contain("GLIBCXX_3.4.32").And.Contain("tools/ElfVersionPatcher"));
                Assert.That(Directory.Exists(Path.Combine(app, "cpu")), Is.False, "TorchSharp's fallback copied libtorch into the app");
            });
        }
        finally
        {
            Directory.Delete(app, recursive: true);
        }
    }

    private static string ShippedLibraryOrIgnore()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Ignore("The native-library check applies to Linux only.");
        }

        var host = ElfImage.Load(HostLibStdCxx.Locate()!).ReadVersionDefinitions();
        if (host.Contains("GLIBCXX_3.4.32"))
        {
            Assert.Ignore("This host's libstdc++ provides GLIBCXX_3.4.32, so the shipped library loads as is.");
        }

        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string shipped = Path.Combine(packages, "torchsharp", KerasNet.Backend.Engine.TorchSharpVersion, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!File.Exists(shipped))
        {
            Assert.Ignore($"The NuGet copy of libLibTorchSharp.so is not at {shipped}.");
        }

        return shipped;
    }

    /// <summary>Copies the managed files of the test output (where the CLI is) and links the native ones, but for the shipped library.</summary>
    private static void CopyAppWith(string shippedLibrary, string app)
    {
        string source = AppContext.BaseDirectory;
        foreach (string file in Directory.GetFiles(source).Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        string nativeSource = Path.Combine(source, "runtimes", "linux-x64", "native");
        string nativeTarget = Directory.CreateDirectory(Path.Combine(app, "runtimes", "linux-x64", "native")).FullName;
        foreach (string file in Directory.GetFiles(nativeSource))
        {
            string target = Path.Combine(nativeTarget, Path.GetFileName(file));
            if (Path.GetFileName(file) == "libLibTorchSharp.so")
            {
                File.Copy(shippedLibrary, target);
            }
            else
            {
                File.CreateSymbolicLink(target, file);
            }
        }
    }
}
