using KerasNet.Data;
using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

/// <summary><c>reproduce report</c> always writes the whole document, of the repository or of another results folder into another place.</summary>
public sealed class ReportCommandTests : TemporaryDirectoryTest
{
    [Test]
    public void Report_WithAnExperimentName_IsAUsageError_AndWritesNothing()
    {
        var workspace = new Workspace(TempDirectory);

        Assert.Multiple(() =>
        {
            Assert.That(
                () => ReportCommand.Execute(["kipping2022/hyperparameter-grid"], workspace, new DatasetStore(), TextWriter.Null),
                Throws.TypeOf<UsageException>().With.Message.Contains("report takes only --results DIR and --output DIR (received 'kipping2022/hyperparameter-grid')"));
            Assert.That(File.Exists(Path.Combine(TempDirectory, "REPRODUCTION.md")), Is.False);
        });
    }

    [Test]
    public void Report_OfAnotherResultsFolder_NeedsAnOutputFolder()
    {
        var workspace = new Workspace(TempDirectory);

        Assert.That(
            () => ReportCommand.Execute(["--results", Path.Combine(TempDirectory, "merged")], workspace, new DatasetStore(), TextWriter.Null),
            Throws.TypeOf<UsageException>().With.Message.Contains("needs --output DIR"));
        Assert.That(File.Exists(Path.Combine(TempDirectory, "REPRODUCTION.md")), Is.False);
    }
}
