using KerasNet.Experiments.Configuration;

namespace KerasNet.Experiments.Verification;

/// <summary>One verdict, worded so that it reads as a sentence.</summary>
/// <param name="Description">What is checked and what was found, e.g. "demo/x batch=32 val_accuracy epoch 5: reference 0.87, reproduced 0.872±0.003 (n=4)".</param>
/// <param name="Outcome">Pass, fail or inconclusive.</param>
/// <param name="Detail">Why that verdict.</param>
/// <param name="Kind">For a reference number, whether it should reproduce or deviate; null for claims.</param>
public sealed record CheckResult(string Description, CheckOutcome Outcome, string Detail, CheckKind? Kind);
