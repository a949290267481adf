using KerasNet.Activations;

namespace KerasNet.Models;

/// <summary>The activations <see cref="FusedDenseStep"/> computes itself: which they are, their values and their gradients (PyTorch's).</summary>
internal static unsafe class FusedActivations
{
    /// <summary>The fused form of a Keras activation, or null for one it does not compute.</summary>
    public static FusedActivation? Of(ActivationFunction activation) => activation switch
    {
        _ when ReferenceEquals(activation, Activations.Activations.Linear) => FusedActivation.Linear,
        _ when ReferenceEquals(activation, Activations.Activations.Relu) => FusedActivation.Relu,
        _ when ReferenceEquals(activation, Activations.Activations.Sigmoid) => FusedActivation.Sigmoid,
        _ when ReferenceEquals(activation, Activations.Activations.Tanh) => FusedActivation.Tanh,
        _ when ReferenceEquals(activation, Activations.Activations.LecunTanh) => FusedActivation.LecunTanh,
        _ when ReferenceEquals(activation, Activations.Activations.Softmax) => FusedActivation.Softmax,
        _ => null,
    };

    /// <summary>The activation of <paramref name="width"/> pre-activations <paramref name="z"/> into <paramref name="output"/>.</summary>
    public static void Apply(FusedActivation activation, float* z, float* output, int width)
    {
        switch (activation)
        {
            case FusedActivation.Softmax:
                float max = VectorLoops.Max(z, width);
                float sum = 0;
                for (int j = 0; j < width; j++)
                {
                    output[j] = MathF.Exp(z[j] - max);
                    sum += output[j];
                }

                for (int j = 0; j < width; j++)
                {
                    output[j] /= sum;
                }

                return;
            default:
                for (int j = 0; j < width; j++)
                {
                    output[j] = activation switch
                    {
                        FusedActivation.Relu => MathF.Max(z[j], 0),
                        FusedActivation.Sigmoid => 1 / (1 + MathF.Exp(-z[j])),
                        FusedActivation.Tanh => MathF.Tanh(z[j]),
                        FusedActivation.LecunTanh => 1.7159f * MathF.Tanh(z[j] * (2f / 3f)),
                        _ => z[j],
                    };
                }

                return;
        }
    }

    /// <summary>Multiplies <paramref name="delta"/> (the output's gradient) by the activation's derivative, in place.</summary>
    public static void Gradient(FusedActivation activation, float* z, float* output, float* delta, int width)
    {
        switch (activation)
        {
            case FusedActivation.Softmax:
                float weighted = 0;
                for (int j = 0; j < width; j++)
                {
                    weighted += delta[j] * output[j];
                }

                for (int j = 0; j < width; j++)
                {
                    delta[j] = output[j] * (delta[j] - weighted);
                }

                return;
            default:
                for (int j = 0; j < width; j++)
                {
                    delta[j] *= activation switch
                    {
                        FusedActivation.Relu => output[j] > 0 ? 1 : 0,
                        FusedActivation.Sigmoid => output[j] * (1 - output[j]),
                        FusedActivation.Tanh => 1 - (output[j] * output[j]),
                        FusedActivation.LecunTanh => LecunTanhSlope(z[j]),
                        _ => 1,
                    };
                }

                return;
        }
    }

    private static float LecunTanhSlope(float z)
    {
        float t = MathF.Tanh(z * (2f / 3f));
        return 1.7159f * (1 - (t * t)) * (2f / 3f);
    }
}
