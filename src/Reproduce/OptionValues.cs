using System.Globalization;

namespace KerasNet.Reproduce;

/// <summary>Reads option values of the command line, with errors that name the option and the value.</summary>
internal static class OptionValues
{
    /// <summary>The value after <paramref name="index"/> (moving past it), or a usage error saying that the option lacks it.</summary>
    public static string Next(IReadOnlyList<string> arguments, ref int index)
    {
        string option = arguments[index];
        return index + 1 < arguments.Count ? arguments[++index] : throw new UsageException($"{option} needs a value.");
    }

    /// <summary><paramref name="value"/> as a positive integer, or a usage error naming <paramref name="option"/>.</summary>
    public static int Positive(string option, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? n
            : throw new UsageException($"{option} expects a positive integer; received '{value}'.");
}
