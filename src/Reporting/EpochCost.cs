using System.Globalization;
using KerasNet.Experiments.Records;

namespace KerasNet.Reporting;

/// <summary>
/// What an epoch of a variant cost: the median wall time per epoch of its trained runs, the number a user needs to plan
/// a re-run. Runs shared from another experiment (trained once, elsewhere) are not counted.
/// </summary>
public static class EpochCost
{
    /// <summary>
    /// The median seconds per epoch of the trained runs among <paramref name="records"/>, formatted for a table cell:
    /// "shared" when every run was shared, a dash when there are none.
    /// </summary>
    public static string Cell(IEnumerable<RunRecord> records)
    {
        var runs = records.ToList();
        var perEpoch = runs.Where(r => r.SharedFrom is null && r.Epochs.Count > 0).Select(r => r.WallTimeSeconds / r.Epochs.Count).Order().ToList();
        if (perEpoch.Count == 0)
        {
            return runs.Count > 0 ? "shared" : "–";
        }

        int middle = perEpoch.Count / 2;
        double median = perEpoch.Count % 2 == 1 ? perEpoch[middle] : (perEpoch[middle - 1] + perEpoch[middle]) / 2;
        return median.ToString(median >= 100 ? "F0" : median >= 1 ? "F1" : "F3", CultureInfo.InvariantCulture);
    }
}
