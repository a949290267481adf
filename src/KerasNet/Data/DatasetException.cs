namespace KerasNet.Data;

/// <summary>
/// A dataset is missing, damaged or malformed. The message is one line naming the file (or dataset) and
/// the problem, fit to show a user as it is.
/// </summary>
public sealed class DatasetException(string message, Exception? inner = null) : Exception(message, inner);
