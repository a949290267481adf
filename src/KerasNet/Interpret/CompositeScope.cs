namespace KerasNet.Interpret;

/// <summary>Disposes several scopes in reverse order of creation.</summary>
internal sealed class CompositeScope(params IDisposable[] scopes) : IDisposable
{
    public void Dispose()
    {
        foreach (var scope in scopes.Reverse())
        {
            scope.Dispose();
        }
    }
}
