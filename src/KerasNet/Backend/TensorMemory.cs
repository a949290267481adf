using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace KerasNet.Backend;

/// <summary>
/// The address of a CPU tensor's elements, for managed loops that read and write them in place. TorchSharp has no
/// public accessor for it; its native library exports <c>THSTensor_data</c>, which its own element accessor calls.
/// </summary>
internal static unsafe partial class TensorMemory
{
    /// <summary>Whether <see cref="Floats"/> can address <paramref name="tensor"/>: a contiguous float32 tensor on the CPU.</summary>
    public static bool HoldsFloats(Tensor tensor) =>
        tensor.device_type == TorchSharp.DeviceType.CPU && tensor.dtype == ScalarType.Float32 && tensor.is_contiguous();

    /// <summary>The first float of <paramref name="tensor"/>, which must be a contiguous float32 tensor on the CPU and outlive the pointer's use.</summary>
    /// <exception cref="ArgumentException">The tensor is not a contiguous float32 CPU tensor.</exception>
    public static float* Floats(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        if (!HoldsFloats(tensor))
        {
            throw new ArgumentException($"Expected a contiguous float32 CPU tensor. Received: {tensor.dtype} on {tensor.device}, contiguous {tensor.is_contiguous()}", nameof(tensor));
        }

        return (float*)Data(tensor.Handle);
    }

    [LibraryImport("LibTorchSharp", EntryPoint = "THSTensor_data")]
    private static partial IntPtr Data(IntPtr handle);
}
