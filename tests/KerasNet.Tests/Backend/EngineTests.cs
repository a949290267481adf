using KerasNet.Backend;
using KerasNet.Tools.ElfVersionPatcher;
using TorchSharp;

namespace KerasNet.Tests.Backend;

public sealed class EngineTests
{
    [Test]
    public void EnsureStarted_LoadsTheNativeEngine_AndATensorOperationRuns()
    {
        Engine.EnsureStarted();

        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var product = a.matmul(a);

        Assert.That(product.data<float>().ToArray(), Is.EqualTo(new float[] { 7, 10, 15, 22 }));
    }

    [TestCase("gpu", "Unknown device 'gpu': expected cpu, cuda or cuda:<index>.")]
    [TestCase("cuda:x", "Unknown device 'cuda:x'")]
    [TestCase("cuda:-1", "Unknown device 'cuda:-1'")]
    public void CheckDevice_OfAnUnknownName_SaysWhatIsExpected(string name, string message)
    {
        Assert.That(() => Engine.CheckDevice(name), Throws.ArgumentException.With.Message.StartsWith(message));
    }

    [Test]
    public void Cuda_InTheCpuBuild_IsRefusedWithWhatToDo_AndTheCpuStaysTheDevice()
    {
        Engine.EnsureStarted();
        Assume.That(torch.cuda.is_available(), Is.False, "a CUDA build with a GPU: the refusal cannot be shown here");

        Assert.That(() => Engine.SetDevice("cuda:0"), Throws.ArgumentException.With.Message.Contain("-p:KerasNetTorchBackend=cuda"));
        Assert.That(Engine.DeviceName, Is.EqualTo("cpu"));
        Engine.SetDevice("cpu");
        Assert.That(Engine.DeviceName, Is.EqualTo("cpu"));
    }

    [Test]
    public void Versions_AreThePinnedTorchSharpAndLibTorch()
    {
        Engine.EnsureStarted();

        Assert.That(Engine.TorchSharpVersion, Is.EqualTo("0.107.0"));
        Assert.That(Engine.LibTorchVersion, Does.StartWith("2.10.0"));
    }

    [Test]
    public void BuildOutputLibrary_IsWeakenedExactlyWhenTheHostLacksTheVersion()
    {
        string library = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        if (!OperatingSystem.IsLinux() || !File.Exists(library))
        {
            Assert.Ignore("Not a Linux build output with libLibTorchSharp.so.");
        }

        var hostVersions = ElfImage.Load(HostLibStdCxx.Locate()!).ReadVersionDefinitions();
        var requirement = ElfImage.Load(library).ReadVersionRequirements().Single(r => r.Version == "GLIBCXX_3.4.32");

        Assert.That(requirement.IsWeak, Is.EqualTo(!hostVersions.Contains("GLIBCXX_3.4.32")));
    }

    [Test]
    public void EnsureStarted_OnLinux_TunesGlibcToKeepTensorBuffers()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("KERASNET_MALLOC_TUNING") == "0")
        {
            Assert.Ignore("The allocator tuning applies to Linux (glibc) when not disabled.");
        }

        Engine.EnsureStarted();

        Assert.That(Engine.AllocatorTuned, Is.True);
    }

    [Test]
    public void SetThreads_NonPositive_ThrowsNamingTheArgument()
    {
        Assert.That(() => Engine.SetThreads(0), Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.Contain("threads=0"));
    }
}
