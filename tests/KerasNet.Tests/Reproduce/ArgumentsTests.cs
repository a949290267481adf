using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

/// <summary>The option parsers of <c>run</c> and <c>bench</c>: what they read, and errors that name the option and value.</summary>
public sealed class ArgumentsTests
{
    [Test]
    public void Run_ReadsEveryOption()
    {
        var parsed = RunArguments.Parse(["kipping2022/final-fashion-mnist", "--variant", "final", "--seeds", "1,3", "--epochs", "2", "--threads", "1", "--results", "out", "--force", "--lockstep", "off", "--quick"]);

        Assert.Multiple(() =>
        {
            Assert.That(parsed.Experiment, Is.EqualTo("kipping2022/final-fashion-mnist"));
            Assert.That(parsed.Variants, Is.EqualTo(new[] { "final" }));
            Assert.That(parsed.SeedPositions, Is.EqualTo(new[] { 1, 3 }));
            Assert.That(parsed.Epochs, Is.EqualTo(2));
            Assert.That(parsed.Threads, Is.EqualTo(1));
            Assert.That(parsed.Results, Is.EqualTo("out"));
            Assert.That(parsed.Force && parsed.Quick, Is.True);
            Assert.That(parsed.Lockstep, Is.False);
            Assert.That(RunArguments.Parse(["x"]).Lockstep, Is.True, "auto by default");
        });
    }

    [TestCase(new[] { "x", "--seeds", "1,0" }, "--seeds expects a positive integer; received '0'.")]
    [TestCase(new[] { "x", "--epochs", "two" }, "--epochs expects a positive integer; received 'two'.")]
    [TestCase(new[] { "x", "--results" }, "--results needs a value.")]
    [TestCase(new[] { "x", "--seed", "1" }, "unknown option '--seed' for run.")]
    [TestCase(new[] { "x", "--lockstep", "on" }, "--lockstep takes auto or off; received 'on'.")]
    [TestCase(new[] { "x", "--report-protocol", "--epochs", "5" }, "run takes --epochs or --report-protocol, not both.")]
    public void Run_WithABadOption_NamesIt(string[] arguments, string message)
    {
        Assert.That(() => RunArguments.Parse(arguments), Throws.TypeOf<UsageException>().With.Message.EqualTo(message));
    }

    [Test]
    public void Bench_Defaults_AreFiveEpochsOnTwoThreads_OrOneEpochWhenQuick()
    {
        var full = BenchArguments.Parse([]);
        var quick = BenchArguments.Parse(["--quick"]);
        var chosen = BenchArguments.Parse(["kipping2022-baseline", "--quick", "--epochs", "3", "--threads", "1"]);
        var lockstep = BenchArguments.Parse(["--lockstep"]);

        Assert.Multiple(() =>
        {
            Assert.That((full.Model, full.Epochs, full.Threads, full.Quick), Is.EqualTo(((string?)null, 5, 2, false)));
            Assert.That((quick.Epochs, quick.Quick), Is.EqualTo((1, true)));
            Assert.That((chosen.Model, chosen.Epochs, chosen.Threads), Is.EqualTo(("kipping2022-baseline", 3, 1)));
            Assert.That((full.Lockstep, lockstep.Lockstep), Is.EqualTo((false, true)));
        });
    }

    [TestCase(new[] { "--epochs", "0" }, "--epochs expects a positive integer; received '0'.")]
    [TestCase(new[] { "--threads" }, "--threads needs a value.")]
    [TestCase(new[] { "--fast" }, "unknown option '--fast' for bench.")]
    [TestCase(new[] { "lenet", "wide" }, "bench takes one model; received 'lenet' and 'wide'.")]
    public void Bench_WithABadOption_NamesIt(string[] arguments, string message)
    {
        Assert.That(() => BenchArguments.Parse(arguments), Throws.TypeOf<UsageException>().With.Message.EqualTo(message));
    }
}
