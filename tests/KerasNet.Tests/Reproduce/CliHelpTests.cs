namespace KerasNet.Tests.Reproduce;

/// <summary>Runs the real CLI: <c>--help</c> anywhere on the command line shows the usage instead of being read as an argument.</summary>
public sealed class CliHelpTests
{
    [TestCase("--help")]
    [TestCase("help")]
    [TestCase("run --help")]
    [TestCase("report -h")]
    [TestCase("run kipping2022/attribution --help")]
    public void Help_AnywhereOnTheCommandLine_PrintsTheUsageAndExits0(string arguments)
    {
        var (code, output, error) = Run(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), error);
            Assert.That(output, Does.StartWith("Usage: reproduce <command>"));
            Assert.That(error, Is.Empty);
        });
    }

    [Test]
    public void NoArguments_PrintsTheUsageAndExits2()
    {
        var (code, output, _) = Run("");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(output, Does.StartWith("Usage: reproduce <command>"));
    }

    private static (int Code, string Output, string Error) Run(string arguments) =>
        CliProcess.Run(AppContext.BaseDirectory, arguments, TimeSpan.FromMinutes(1));
}
