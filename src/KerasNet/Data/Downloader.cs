using System.Security.Cryptography;

namespace KerasNet.Data;

/// <summary>
/// Downloads a file into place safely: the bytes go to a temporary file beside the target and are hashed as
/// they arrive; only a complete download matching a pinned hash is renamed to the target, so an interrupted,
/// refused or corrupt download never leaves a file that looks valid.
/// </summary>
internal sealed class Downloader(HttpClient http)
{
    public async Task DownloadAsync(DatasetFile file, string target, CancellationToken cancellation)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var failures = new List<string>();
        foreach (var origin in file.Origins)
        {
            string? failure = await TryOriginAsync(origin, file, target, cancellation).ConfigureAwait(false);
            if (failure is null)
            {
                return;
            }

            failures.Add(failure);
        }

        throw new DatasetException($"{target}: download failed: {string.Join("; ", failures)}.");
    }

    private async Task<string?> TryOriginAsync(Uri origin, DatasetFile file, string target, CancellationToken cancellation)
    {
        string temp = $"{target}.download-{Guid.NewGuid():N}";
        long received = 0;
        try
        {
            using var response = await http.GetAsync(origin, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return $"{origin} refused it (HTTP {(int)response.StatusCode} {response.ReasonPhrase})";
            }

            long? expected = response.Content.Headers.ContentLength;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            await using (var input = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await input.ReadAsync(buffer, cancellation).ConfigureAwait(false)) > 0)
                {
                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancellation).ConfigureAwait(false);
                    received += read;
                }
            }

            if (expected is { } length && received != length)
            {
                return $"{origin} was cut off after {received} of {length} bytes";
            }

            string actual = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (!FileHashes.IsPinned(file, actual))
            {
                return $"{origin} sent {received} bytes whose SHA-256 {actual[..12]}… matches no pinned hash";
            }

            File.Move(temp, target, overwrite: true);
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellation.IsCancellationRequested)
        {
            return $"{origin} failed after {received} bytes ({e.Message.Split('\n')[0].Trim()})";
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
