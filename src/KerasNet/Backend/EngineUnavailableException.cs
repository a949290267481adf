namespace KerasNet.Backend;

/// <summary>The TorchSharp engine could not start; the message is one sentence saying why and what to do.</summary>
public sealed class EngineUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
