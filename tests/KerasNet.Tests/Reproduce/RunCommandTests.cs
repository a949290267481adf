using KerasNet.Data;
using KerasNet.Reproduce;
using KerasNet.Tests.Experiments;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>reproduce run</c>'s refusals happen before anything is written.</summary>
public sealed class RunCommandTests : TemporaryDirectoryTest
{
    [Test]
    public void ReportProtocol_OfAnExperimentWithoutAShorterProtocol_IsAUsageError_AndWritesNothing()
    {
        var repository = new Workspace(SeedSetTests.RepositoryRoot());

        Assert.That(
            () => ExperimentCommands.Run(["demo/fashion-mnist-dense", "--report-protocol", "--results", TempDirectory], repository, new DatasetStore(), TextWriter.Null, Serilog.Core.Logger.None, CancellationToken.None),
            Throws.TypeOf<UsageException>().With.Message.EqualTo("demo/fashion-mnist-dense trains the report's length already: it declares no shorter protocol (reportEpochs)."));
        Assert.That(Directory.EnumerateFileSystemEntries(TempDirectory), Is.Empty);
    }
}
