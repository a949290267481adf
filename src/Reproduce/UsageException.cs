namespace KerasNet.Reproduce;

/// <summary>The command line is wrong; the message says what and the usage is shown.</summary>
public sealed class UsageException(string message) : Exception(message);
