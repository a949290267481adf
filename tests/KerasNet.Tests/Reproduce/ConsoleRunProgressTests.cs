using KerasNet.Reproduce;

namespace KerasNet.Tests.Reproduce;

public sealed class ConsoleRunProgressTests
{
    [TestCase(35, "eta 1:10:00", TestName = "Step_AfterATenthOfThirtyEpochsIn35Minutes_EstimatesOneHourTenLeft")]
    [TestCase(20, "eta 40:00", TestName = "Step_AfterATenthOfThirtyEpochsIn20Minutes_EstimatesFortyMinutesLeft")]
    public void Step_EstimatesTheTimeLeft_FromThePaceSoFar_WithHoursWhenThereAreAny(int minutesForTenEpochs, string expected)
    {
        var clock = new ManualClock();
        using var output = new StringWriter();
        using var log = Logging.Create(null);
        var progress = new ConsoleRunProgress(output, log, clock);

        progress.RunStarting("final", seed: 3, index: 1, total: 1, epochs: 30);
        clock.Now += TimeSpan.FromMinutes(minutesForTenEpochs);
        progress.Step(epoch: 9, batch: 468, batches: 469, loss: 0.17, accuracy: 0.937);

        Assert.That(output.ToString(), Does.Contain("epoch 10/30").And.Contain(expected));
    }

    [Test]
    public void Step_AfterAResume_EstimatesFromThisSessionsEpochsOnly()
    {
        var clock = new ManualClock();
        using var output = new StringWriter();
        using var log = Logging.Create(null);
        var progress = new ConsoleRunProgress(output, log, clock);

        progress.RunStarting("wide", seed: 1, index: 1, total: 1, epochs: 10);
        progress.RunResumed("wide", seed: 1, epochs: 6);
        clock.Now += TimeSpan.FromMinutes(10);
        progress.Step(epoch: 6, batch: 468, batches: 469, loss: 0.17, accuracy: 0.937);

        Assert.That(output.ToString(), Does.Contain("resume wide seed 1: from its checkpoint after epoch 6").And.Contain("epoch 7/10").And.Contain("eta 30:00"), "one epoch in 10 minutes this session, three left");
    }

    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
