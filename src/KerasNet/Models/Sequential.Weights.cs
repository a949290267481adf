using System.Text;

namespace KerasNet.Models;

public partial class Sequential
{
    private const string WeightsMagic = "KNWEIGHT";
    private const int WeightsFormatVersion = 1;

    /// <summary>
    /// Saves every weight (name, Keras-layout shape, float32 values) to a binary file. The file is written
    /// beside the target and renamed over it, so an interrupted save never leaves a half-written file.
    /// </summary>
    public void SaveWeights(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string temp = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
        {
            writer.Write(Encoding.ASCII.GetBytes(WeightsMagic));
            writer.Write(WeightsFormatVersion);
            var weights = Weights;
            writer.Write(weights.Count);
            foreach (var weight in weights)
            {
                writer.Write(weight.Path);
                writer.Write(weight.Shape.Rank);
                foreach (int d in weight.Shape.Dimensions)
                {
                    writer.Write(d);
                }

                foreach (float v in weight.GetValue().Data)
                {
                    writer.Write(v);
                }
            }
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Loads weights saved by <see cref="SaveWeights"/> into this model, which must have the same layers.</summary>
    /// <exception cref="InvalidDataException">The file is not a KerasNet weights file, is truncated, or does not match this model; the message names the file and the difference.</exception>
    public void LoadWeights(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Weights file not found: {path}", path);
        }

        var weights = Weights;
        var values = new List<NDArray<float>>();
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(WeightsMagic.Length)) != WeightsMagic || reader.ReadInt32() != WeightsFormatVersion)
            {
                throw new InvalidDataException($"{path}: not a KerasNet weights file (version {WeightsFormatVersion}).");
            }

            int count = reader.ReadInt32();
            if (count != weights.Count)
            {
                throw new InvalidDataException($"{path}: holds {count} weights; model '{Name}' has {weights.Count}.");
            }

            foreach (var weight in weights)
            {
                string name = reader.ReadString();
                var dims = Enumerable.Range(0, reader.ReadInt32()).Select(_ => reader.ReadInt32()).ToArray();
                if (name != weight.Path || !dims.SequenceEqual(weight.Shape.Dimensions))
                {
                    throw new InvalidDataException($"{path}: weight '{name}' {Shape.Format(dims)} does not match the model's '{weight.Path}' {weight.Shape}.");
                }

                var data = new float[weight.Count];
                for (int i = 0; i < data.Length; i++)
                {
                    data[i] = reader.ReadSingle();
                }

                values.Add(new NDArray<float>(data, dims));
            }
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException($"{path}: the weights file is truncated.");
        }

        SetWeights(values);
    }
}
