using System.Text;
using KerasNet.Layers;
using TorchSharp;
using static TorchSharp.torch;

namespace KerasNet.Models;

/// <summary>
/// The file a training checkpoint is kept in: every weight and optimizer slot as its raw bytes (bit-exact in any
/// dtype), the optimizer's update count, torch's generator (dropout) and the data-order generator, the epoch to train
/// next and the history so far. Written beside the target and renamed over it, so a checkpoint is whole or absent.
/// </summary>
internal static class TrainingCheckpoint
{
    private const string Magic = "KNCHECKP";
    private const int FormatVersion = 1;

    /// <summary>Writes the state of <paramref name="model"/>'s fit under way to <paramref name="path"/>.</summary>
    public static void Save(string path, Sequential model, FitState fit)
    {
        var optimizer = model.Optimizer!;
        string temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(FormatVersion);
            writer.Write(model.Name);
            writer.Write(fit.TrainSamples);
            writer.Write(fit.BatchSize);
            writer.Write(fit.NextEpoch);
            writer.Write(optimizer.Name);
            writer.Write(optimizer.Iterations);
            var weights = model.Weights;
            writer.Write(weights.Count);
            foreach (var weight in weights)
            {
                writer.Write(weight.Path);
                WriteShape(writer, weight.Value.shape);
                writer.Write(weight.Value.dtype.ToString());
                WriteBytes(writer, weight.Value);
                var slots = optimizer.SlotsIfAny(weight);
                writer.Write(slots.Count);
                foreach (var slot in slots)
                {
                    WriteBytes(writer, slot);
                }
            }

            using (var generator = torch.get_rng_state())
            {
                WriteBytes(writer, generator);
            }

            foreach (ulong word in fit.DataRandom.GetState())
            {
                writer.Write(word);
            }

            WriteCurves(writer, fit.History.Epochs);
            WriteCurves(writer, fit.History.Evaluations);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Restores a checkpoint <see cref="Save"/> wrote into <paramref name="model"/> and its fit under way, which must train
    /// the same model (names, shapes, dtypes) with the same optimizer on as many samples in batches of the same size.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a checkpoint, truncated, or made by another fit; the message names the file and the difference.</exception>
    public static void Restore(string path, Sequential model, FitState fit)
    {
        var optimizer = model.Optimizer!;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic || reader.ReadInt32() != FormatVersion)
            {
                throw new InvalidDataException($"{path}: not a KerasNet training checkpoint (version {FormatVersion}).");
            }

            Expect(path, "model", reader.ReadString(), model.Name);
            Expect(path, "training samples", reader.ReadInt32(), fit.TrainSamples);
            Expect(path, "batch size", reader.ReadInt32(), fit.BatchSize);
            int nextEpoch = reader.ReadInt32();
            Expect(path, "optimizer", reader.ReadString(), optimizer.Name);
            long iterations = reader.ReadInt64();
            var weights = model.Weights;
            Expect(path, "weight count", reader.ReadInt32(), weights.Count);
            using var scope = NewDisposeScope();
            var values = new List<Tensor>();
            var slots = new Dictionary<Weight, Tensor[]>();
            foreach (var weight in weights)
            {
                string name = reader.ReadString();
                var shape = ReadShape(reader);
                string dtype = reader.ReadString();
                Expect(path, "weight", $"{name} [{string.Join(", ", shape)}] {dtype}", $"{weight.Path} [{string.Join(", ", weight.Value.shape)}] {weight.Value.dtype}");
                values.Add(ReadTensor(reader, weight.Value, path));
                int slotCount = reader.ReadInt32();
                if (slotCount > 0)
                {
                    slots[weight] = [.. Enumerable.Range(0, slotCount).Select(_ => ReadTensor(reader, weight.Value, path))];
                }
            }

            using var generator = ReadTensor(reader, torch.get_rng_state(), path);
            var dataState = Enumerable.Range(0, 4).Select(_ => reader.ReadUInt64()).ToArray();
            var epochs = ReadCurves(reader);
            var evaluations = ReadCurves(reader);

            using (no_grad())
            {
                foreach (var (weight, value) in weights.Zip(values))
                {
                    weight.Value.copy_(value);
                }
            }

            optimizer.Restore(iterations, slots);
            torch.set_rng_state(generator);
            fit.DataRandom.SetState(dataState);
            fit.History.Restore(epochs, evaluations);
            fit.NextEpoch = nextEpoch;
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the training checkpoint is truncated.");
        }
    }

    private static void Expect<T>(string path, string what, T found, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(found, expected))
        {
            throw new InvalidDataException($"{path}: the checkpoint's {what} is {found}; this fit's is {expected}.");
        }
    }

    private static void WriteShape(BinaryWriter writer, long[] shape)
    {
        writer.Write(shape.Length);
        foreach (long d in shape)
        {
            writer.Write(d);
        }
    }

    private static long[] ReadShape(BinaryReader reader) => [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadInt64())];

    /// <summary>Writes a tensor's bytes (copied to the CPU, contiguous) with their count.</summary>
    private static void WriteBytes(BinaryWriter writer, Tensor tensor)
    {
        using var scope = NewDisposeScope();
        var bytes = tensor.detach().cpu().contiguous().bytes;
        writer.Write(bytes.Length);
        writer.Write(bytes);
    }

    /// <summary>Reads bytes <see cref="WriteBytes"/> wrote into a new tensor like <paramref name="like"/> (shape, dtype, device).</summary>
    private static Tensor ReadTensor(BinaryReader reader, Tensor like, string path)
    {
        int count = reader.ReadInt32();
        using var cpu = empty(like.shape, like.dtype);
        if (count != cpu.bytes.Length)
        {
            throw new InvalidDataException($"{path}: a tensor of {count} bytes where this fit has {cpu.bytes.Length}.");
        }

        byte[] data = reader.ReadBytes(count);
        if (data.Length != count)
        {
            throw new EndOfStreamException();
        }

        cpu.bytes = data;
        return cpu.to(like.device).clone();
    }

    private static void WriteCurves(BinaryWriter writer, IReadOnlyDictionary<string, IReadOnlyList<double>> curves)
    {
        writer.Write(curves.Count);
        foreach (var (name, values) in curves)
        {
            writer.Write(name);
            writer.Write(values.Count);
            foreach (double value in values)
            {
                writer.Write(value);
            }
        }
    }

    private static Dictionary<string, IReadOnlyList<double>> ReadCurves(BinaryReader reader)
    {
        var curves = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        int count = reader.ReadInt32();
        for (int i = 0; i < count; i++)
        {
            string name = reader.ReadString();
            curves[name] = [.. Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadDouble())];
        }

        return curves;
    }
}
