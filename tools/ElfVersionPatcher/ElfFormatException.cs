namespace KerasNet.Tools.ElfVersionPatcher;

/// <summary>Thrown when a file is not an ELF image this tool understands, naming the file and the problem.</summary>
public sealed class ElfFormatException(string message) : Exception(message);
