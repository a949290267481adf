using KerasNet.Data;
using KerasNet.Reproduce;
using KerasNet.Tests.Experiments;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>reproduce run</c>'s refusals (protocol, device) happen before anything is written.</summary>
public sealed class RunCommandTests : TemporaryDirectoryTest
{
    [Test]
    public void ReportProtocol_OfAnExperimentWithoutAShorterProtocol_IsAUsageError_AndWritesNothing()
    {
        var repository = new Workspace(SeedSetTests.RepositoryRoot());

        Assert.That(
            () => RunCommand.Execute(["demo/fashion-mnist-dense", "--report-protocol", "--results", TempDirectory], repository, new DatasetStore(), TextWriter.Null, Serilog.Core.Logger.None, CancellationToken.None),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("demo/fashion-mnist-dense trains the report's length already: it declares no shorter protocol (reportEpochs)."));
        Assert.That(Directory.EnumerateFileSystemEntries(TempDirectory), Is.Empty);
    }

    [Test]
    public void UnavailableDevice_IsAUsageErrorNamingTheOption_AndWritesNothing()
    {
        var repository = new Workspace(SeedSetTests.RepositoryRoot());
        KerasNet.Backend.Engine.EnsureStarted();
        Assume.That(TorchSharp.torch.cuda.is_available(), Is.False, "a CUDA build with a GPU would train");

        Assert.That(
            () => RunCommand.Execute(["demo/fashion-mnist-dense", "--device", "cuda", "--results", TempDirectory], repository, new DatasetStore(), TextWriter.Null, Serilog.Core.Logger.None, CancellationToken.None),
            Throws.TypeOf<UsageException>().With.Message.StartWith("--device: Device 'cuda' is not available"));
        Assert.That(Directory.EnumerateFileSystemEntries(TempDirectory), Is.Empty);
    }

    [Test]
    public void UnknownDeviceInTheEnvironment_IsAUsageErrorNamingTheVariable()
    {
        var repository = new Workspace(SeedSetTests.RepositoryRoot());
        Environment.SetEnvironmentVariable("KERASNET_DEVICE", "tpu");
        try
        {
            Assert.That(
                () => RunCommand.Execute(["demo/fashion-mnist-dense", "--results", TempDirectory], repository, new DatasetStore(), TextWriter.Null, Serilog.Core.Logger.None, CancellationToken.None),
                Throws.TypeOf<UsageException>().With.Message.EqualTo("KERASNET_DEVICE: Unknown device 'tpu': expected cpu, cuda or cuda:<index>."));
        }
        finally
        {
            Environment.SetEnvironmentVariable("KERASNET_DEVICE", null);
        }

        Assert.That(Directory.EnumerateFileSystemEntries(TempDirectory), Is.Empty);
    }
}
