namespace KerasNet.Data;

/// <summary>What <see cref="DatasetStore.Check"/> found for a dataset.</summary>
public enum DatasetState
{
    /// <summary>A complete layout was found and every file matches a pinned hash.</summary>
    Verified,

    /// <summary>A complete layout was found but a file is damaged or not the pinned one.</summary>
    Damaged,

    /// <summary>Only a format KerasNet does not read was found.</summary>
    Unreadable,

    /// <summary>Nothing was found.</summary>
    Missing,
}
