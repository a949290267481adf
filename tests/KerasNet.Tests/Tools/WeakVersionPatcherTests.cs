using KerasNet.Tools.ElfVersionPatcher;

namespace KerasNet.Tests.Tools;

public sealed class WeakVersionPatcherTests : TemporaryDirectoryTest
{
    private const string NeverCalled = "_ZSt21ios_base_library_initv";
    private static readonly HashSet<string> Debian12Host = ["GLIBCXX_3.4", "GLIBCXX_3.4.29", "GLIBCXX_3.4.30"];

    [Test]
    public void Plan_MissingVersionUsedOnlyByNeverCalledSymbol_IsWeakened()
    {
        var image = ElfImage.Parse("lib.so", TorchSharpLike(flags: 0));

        var plan = WeakVersionPatcher.Plan(image, Debian12Host);

        Assert.That(plan.ToWeaken.Select(r => r.Version), Is.EqualTo(new[] { "GLIBCXX_3.4.32" }));
        Assert.That(plan.Blockers, Is.Empty);
    }

    [Test]
    public void Apply_SetsWeakFlagOnlyOnTheMissingVersion_AndIsIdempotent()
    {
        string path = Write("lib.so", TorchSharpLike(flags: 0));

        WeakVersionPatcher.Apply(path, WeakVersionPatcher.Plan(ElfImage.Load(path), Debian12Host));
        var requirements = ElfImage.Load(path).ReadVersionRequirements();
        byte[] afterFirst = File.ReadAllBytes(path);
        var secondPlan = WeakVersionPatcher.Plan(ElfImage.Load(path), Debian12Host);
        WeakVersionPatcher.Apply(path, secondPlan);

        Assert.Multiple(() =>
        {
            Assert.That(requirements.Single(r => r.Version == "GLIBCXX_3.4.32").IsWeak, Is.True);
            Assert.That(requirements.Where(r => r.Version != "GLIBCXX_3.4.32").Any(r => r.IsWeak), Is.False);
            Assert.That(secondPlan.ToWeaken, Is.Empty);
            Assert.That(secondPlan.AlreadyWeak.Select(r => r.Version), Is.EqualTo(new[] { "GLIBCXX_3.4.32" }));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(afterFirst));
        });
    }

    [Test]
    public void Plan_HostThatDefinesTheVersion_ChangesNothing()
    {
        var newerHost = new HashSet<string>(Debian12Host) { "GLIBCXX_3.4.32" };

        var plan = WeakVersionPatcher.Plan(ElfImage.Parse("lib.so", TorchSharpLike(flags: 0)), newerHost);

        Assert.That(plan.NothingMissing, Is.True);
    }

    [Test]
    public void Plan_MissingVersionNeededByRealCode_IsABlockerAndNotWeakened()
    {
        var bytes = CraftedElf.WithRequirements(
            "libstdc++.so.6",
            [("GLIBCXX_3.4.30", 2, 0), ("GLIBCXX_3.4.32", 3, 0)],
            [("_ZNSt6chrono3_V212system_clock3nowEv", 2), (NeverCalled, 3), ("_ZSt11some_new_functionv", 3)]);

        var plan = WeakVersionPatcher.Plan(ElfImage.Parse("lib.so", bytes), Debian12Host);

        Assert.That(plan.ToWeaken, Is.Empty);
        Assert.That(plan.Blockers.Single(), Does.Contain("GLIBCXX_3.4.32").And.Contain("_ZSt11some_new_functionv"));
    }

    [Test]
    public void Plan_OtherLibrariesRequirements_AreIgnored()
    {
        var bytes = CraftedElf.WithRequirements("libc.so.6", [("GLIBC_2.99", 2, 0)], [("future_libc_call", 2)]);

        var plan = WeakVersionPatcher.Plan(ElfImage.Parse("lib.so", bytes), Debian12Host);

        Assert.That(plan.NothingMissing, Is.True);
    }

    [Test]
    public void Apply_ReplacesTheFileSoAHardLinkedOriginalStaysUntouched()
    {
        string cacheCopy = Write("cache.so", TorchSharpLike(flags: 0));
        string outputCopy = Path.Combine(TempDirectory, "output.so");
        CreateHardLink(cacheCopy, outputCopy);

        WeakVersionPatcher.Apply(outputCopy, WeakVersionPatcher.Plan(ElfImage.Load(outputCopy), Debian12Host));

        Assert.That(ElfImage.Load(outputCopy).ReadVersionRequirements().Single(r => r.Version == "GLIBCXX_3.4.32").IsWeak, Is.True);
        Assert.That(ElfImage.Load(cacheCopy).ReadVersionRequirements().Any(r => r.IsWeak), Is.False);
    }

    [Test]
    public void ReadVersionDefinitions_ReadsEveryDefinedVersion()
    {
        var image = ElfImage.Parse("libstdc++.so.6", CraftedElf.WithDefinitions("libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.30"));

        Assert.That(image.ReadVersionDefinitions(), Is.EquivalentTo(new[] { "libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.30" }));
    }

    [Test]
    public void Parse_NotAnElf_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<ElfFormatException>(() => ElfImage.Parse("notes.txt", new byte[100]));

        Assert.That(error!.Message, Does.StartWith("notes.txt:").And.Contain("not an ELF"));
    }

    [Test]
    public void Parse_TruncatedElf_ThrowsNamingTheFile()
    {
        var bytes = TorchSharpLike(flags: 0);

        var error = Assert.Throws<ElfFormatException>(() => ElfImage.Parse("cut.so", bytes[..(bytes.Length - 40)]));

        Assert.That(error!.Message, Does.StartWith("cut.so:").And.Contain("truncated"));
    }

    [Test]
    public void Parse_32BitElf_IsRejected()
    {
        var bytes = TorchSharpLike(flags: 0);
        bytes[4] = 1;

        Assert.That(() => ElfImage.Parse("lib32.so", bytes), Throws.TypeOf<ElfFormatException>().With.Message.Contain("64-bit"));
    }

    private static byte[] TorchSharpLike(ushort flags) => CraftedElf.WithRequirements(
        "libstdc++.so.6",
        [("GLIBCXX_3.4.30", 2, 0), ("GLIBCXX_3.4.32", 3, flags), ("GLIBCXX_3.4", 4, 0)],
        [("_ZNSt6chrono3_V212system_clock3nowEv", 2), (NeverCalled, 3), ("_ZdlPv", 4)]);

    private static void CreateHardLink(string existing, string link)
    {
        using var process = System.Diagnostics.Process.Start("ln", [existing, link]);
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, "ln failed");
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(TempDirectory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
