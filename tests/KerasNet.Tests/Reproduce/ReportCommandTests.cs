using KerasNet.Data;
using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>reproduce report</c> always writes the whole document.</summary>
public sealed class ReportCommandTests : TemporaryDirectoryTest
{
    [Test]
    public void Report_WithAnExperimentName_IsAUsageError_AndWritesNothing()
    {
        var workspace = new Workspace(TempDirectory);

        Assert.Multiple(() =>
        {
            Assert.That(
                () => ExperimentCommands.Report(["kipping2022/hyperparameter-grid"], workspace, new DatasetStore(), TextWriter.Null),
                Throws.TypeOf<UsageException>().With.Message.Contains("report takes no arguments (received 'kipping2022/hyperparameter-grid')"));
            Assert.That(File.Exists(Path.Combine(TempDirectory, "REPRODUCTION.md")), Is.False);
        });
    }
}
