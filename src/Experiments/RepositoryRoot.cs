namespace KerasNet.Experiments;

/// <summary>Finds the KerasNet checkout (the folder holding KerasNet.sln) a path lies in.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder at or above <paramref name="start"/> holding KerasNet.sln, or null.</summary>
    public static string? Above(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KerasNet.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
