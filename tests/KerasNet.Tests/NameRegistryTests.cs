namespace KerasNet.Tests;

/// <summary>Every kind of Keras name is looked up the same way: known names make their object, an unknown one lists them all.</summary>
public sealed class NameRegistryTests
{
    private static readonly (string Kind, IReadOnlyList<string> Names, Func<string, object> Get)[] Kinds =
    [
        ("optimizers", global::KerasNet.Optimizers.Optimizers.Names, name => global::KerasNet.Optimizers.Optimizers.Get(name)),
        ("losses", global::KerasNet.Losses.Losses.Names, name => global::KerasNet.Losses.Losses.Get(name)),
        ("metrics", global::KerasNet.Metrics.Metrics.Names, name => global::KerasNet.Metrics.Metrics.Get(name)),
        ("initializers", global::KerasNet.Initializers.Initializers.Names, name => global::KerasNet.Initializers.Initializers.Get(name)),
        ("activations", global::KerasNet.Activations.Activations.Names, name => global::KerasNet.Activations.Activations.Get(name)),
        ("paddings", global::KerasNet.Layers.Paddings.Names, name => global::KerasNet.Layers.Paddings.Get(name)),
    ];

    [Test]
    public void EveryName_MakesItsObject_AndAnUnknownOneListsTheKnownNames()
    {
        foreach (var (kind, names, get) in Kinds)
        {
            Assert.That(names, Is.Not.Empty.And.Unique, kind);
            Assert.That(names.Select(get), Is.All.Not.Null, kind);
            Assert.That(() => get("nope"), Throws.ArgumentException.With.Message.Contains($"Known {kind}: {string.Join(", ", names)}."), kind);
        }
    }
}
