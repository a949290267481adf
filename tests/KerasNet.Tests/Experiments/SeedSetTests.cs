using KerasNet.Experiments;

namespace KerasNet.Tests.Experiments;

public sealed class SeedSetTests
{
    [Test]
    public void RepositorySeedsFile_HoldsFourDistinctSeeds()
    {
        var seeds = SeedSet.Load(Path.Combine(RepositoryRoot(), "seeds.json"));

        Assert.That(seeds.Seeds, Has.Count.EqualTo(4).And.Unique);
        Assert.That(seeds.AtPositions([2, 4]), Is.EqualTo(new[] { seeds.Seeds[1], seeds.Seeds[3] }));
    }

    [TestCase("{\"seeds\": []}", "non-empty")]
    [TestCase("{\"seeds\": [1, 1]}", "distinct")]
    [TestCase("{\"seeds\": [1], \"extra\": 2}", "unknown key \"extra\"")]
    [TestCase("{\"seeds\": [1.5]}", "1.5")]
    [TestCase("not json", "not valid JSON")]
    public void Load_InvalidFile_ThrowsNamingTheFileAndProblem(string content, string expected)
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, content);

            Assert.That(() => SeedSet.Load(file), Throws.TypeOf<ConfigurationException>().With.Message.Contain(file).And.Message.Contain(expected));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void AtPositions_OutOfRange_Throws()
    {
        var seeds = SeedSet.Load(Path.Combine(RepositoryRoot(), "seeds.json"));

        Assert.That(() => seeds.AtPositions([5]), Throws.TypeOf<ConfigurationException>().With.Message.Contain("position 5"));
    }

    internal static string RepositoryRoot() =>
        KerasNet.Experiments.RepositoryRoot.Above(AppContext.BaseDirectory) ?? throw new InvalidOperationException("KerasNet.sln not found above the test output.");
}
