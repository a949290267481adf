namespace KerasNet.Tests;

/// <summary>Base of fixtures that need a fresh temporary folder per test, deleted afterwards.</summary>
public abstract class TemporaryDirectoryTest
{
    /// <summary>The folder of the current test.</summary>
    protected string TempDirectory { get; private set; } = null!;

    [SetUp]
    public void CreateTemporaryDirectory() => TempDirectory = Directory.CreateTempSubdirectory("kerasnet-test-").FullName;

    [TearDown]
    public void DeleteTemporaryDirectory() => Directory.Delete(TempDirectory, recursive: true);
}
