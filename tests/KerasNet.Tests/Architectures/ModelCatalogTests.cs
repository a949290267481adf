using KerasNet.Architectures;

namespace KerasNet.Tests.Architectures;

/// <summary>The catalog's metadata agrees with the models it builds.</summary>
public sealed class ModelCatalogTests
{
    [Test]
    public void EveryModel_TakesTheInputShapeItsEntryDeclares()
    {
        Seeding.SetRandomSeed(1);
        Assert.Multiple(() =>
        {
            foreach (var entry in ModelCatalog.All)
            {
                Assert.That(entry.Create().InputShape, Is.EqualTo(entry.InputShape), entry.Name);
            }
        });
    }
}
