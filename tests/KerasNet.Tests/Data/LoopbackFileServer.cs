using System.Net;
using System.Net.Sockets;

namespace KerasNet.Tests.Data;

/// <summary>
/// A real HTTP server on 127.0.0.1 for download tests: each path serves bytes whole, serves half and then
/// drops the connection, or answers with a status code. It stops when disposed.
/// </summary>
internal sealed class LoopbackFileServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Func<HttpListenerResponse, Task>> routes = new(StringComparer.Ordinal);
    private readonly Task loop;

    public LoopbackFileServer()
    {
        int port = FreePort();
        BaseUri = new Uri($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add(BaseUri.ToString());
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public Uri BaseUri { get; }

    public int Requests { get; private set; }

    public void Serve(string path, byte[] bytes) => routes[path] = async response =>
    {
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    };

    public void ServeHalfThenDrop(string path, byte[] bytes) => routes[path] = async response =>
    {
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
        await response.OutputStream.FlushAsync();
        response.Abort();
    };

    public void ServeStatus(string path, HttpStatusCode status) => routes[path] = response =>
    {
        response.StatusCode = (int)status;
        response.Close();
        return Task.CompletedTask;
    };

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening && Requests < 100)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests++;
            if (routes.TryGetValue(context.Request.Url!.AbsolutePath.TrimStart('/'), out var handle))
            {
                try
                {
                    await handle(context.Response);
                }
                catch (HttpListenerException)
                {
                }
            }
            else
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
            }
        }
    }
}
