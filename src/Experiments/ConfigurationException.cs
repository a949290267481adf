namespace KerasNet.Experiments;

/// <summary>A configuration file is missing or invalid; the message names the file and what is wrong.</summary>
public sealed class ConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
