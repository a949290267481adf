using KerasNet.Tools.ElfVersionPatcher;

// Usage: ElfVersionPatcher <build-output-directory>...
// Finds libLibTorchSharp.so in each directory (top level and runtimes/*/native) and makes it loadable
// against the host's libstdc++ when only never-called symbols need a newer GLIBCXX version.
const string Library = "libLibTorchSharp.so";
const string Tag = "KerasNet native fix";

if (!OperatingSystem.IsLinux())
{
    Console.WriteLine($"{Tag}: not Linux, nothing to do.");
    return 0;
}

string? hostPath = HostLibStdCxx.Locate();
if (hostPath is null)
{
    Console.WriteLine($"{Tag}: no libstdc++.so.6 on this host; {Library} will not load until one is installed.");
    return 0;
}

var hostVersions = ElfImage.Load(hostPath).ReadVersionDefinitions();
string nugetCache = Path.GetFullPath(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
    ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"));

foreach (string directory in args)
{
    var candidates = new[] { Path.Combine(directory, Library) }
        .Concat(Directory.Exists(Path.Combine(directory, "runtimes"))
            ? Directory.GetDirectories(Path.Combine(directory, "runtimes")).Select(r => Path.Combine(r, "native", Library))
            : [])
        .Where(File.Exists);
    foreach (string file in candidates)
    {
        string full = Path.GetFullPath(file);
        if (full.StartsWith(nugetCache + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"{Tag}: refusing to modify {full}: it is inside the NuGet package cache.");
            return 1;
        }

        try
        {
            var plan = WeakVersionPatcher.Plan(ElfImage.Load(full), hostVersions);
            WeakVersionPatcher.Apply(full, plan);
            Console.WriteLine($"{Tag}: {full}: {Describe(plan, hostPath)}");
        }
        catch (ElfFormatException e)
        {
            Console.Error.WriteLine($"{Tag}: {e.Message}");
            return 1;
        }
    }
}

return 0;

static string Describe(PatchPlan plan, string hostPath)
{
    if (plan.NothingMissing)
    {
        return $"loads as shipped ({hostPath} provides every version it needs).";
    }

    if (plan.Blockers.Count > 0)
    {
        return $"WILL NOT LOAD with {hostPath}: {string.Join("; ", plan.Blockers)}. Install a newer libstdc++ (GCC 13 or later).";
    }

    var weakened = plan.ToWeaken.Concat(plan.AlreadyWeak).Select(r => r.Version).Distinct();
    string verb = plan.ToWeaken.Count > 0 ? "marked" : "already marked";
    return $"{verb} {string.Join(", ", weakened)} weak (only never-called symbols need it; {hostPath} lacks it).";
}
