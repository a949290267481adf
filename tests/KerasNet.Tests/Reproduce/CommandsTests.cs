using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

[NonParallelizable]
public sealed class CommandsTests
{
    [Test]
    public void Summary_OfNanavati2021Cnn_PrintsTheTotal()
    {
        using var output = new StringWriter();
        using var log = Logging.Create(null);

        int code = Commands.Summary(["nanavati2021-cnn"], output, log);

        Assert.That(code, Is.Zero);
        Assert.That(output.ToString(), Does.Contain("Total params: 607,394"));
    }

    [Test]
    public void Summary_UnknownModel_IsAUsageErrorListingTheModels()
    {
        using var log = Logging.Create(null);

        Assert.That(() => Commands.Summary(["lenet"], TextWriter.Null, log), Throws.TypeOf<UsageException>().With.Message.Contain("nanavati2021-cnn"));
    }

    [Test]
    public void Models_ListsEveryCatalogEntry()
    {
        using var output = new StringWriter();

        Commands.Models(output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Select(l => l.Split(' ')[0]), Is.EqualTo(KerasNet.Architectures.ModelCatalog.All.Select(m => m.Name)));
    }
}
