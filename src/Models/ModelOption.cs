namespace KerasNet.Architectures;

/// <summary>The <see cref="ModelOptions"/> a catalog model takes; the others would be ignored, so setting one is an error.</summary>
[Flags]
public enum ModelOption
{
    /// <summary>No option: the model is fixed.</summary>
    None = 0,

    /// <summary><see cref="ModelOptions.Activation"/>.</summary>
    Activation = 1,

    /// <summary><see cref="ModelOptions.KernelInitializer"/>.</summary>
    KernelInitializer = 2,

    /// <summary><see cref="ModelOptions.BiasInitializer"/>.</summary>
    BiasInitializer = 4,

    /// <summary><see cref="ModelOptions.HiddenUnits"/>.</summary>
    HiddenUnits = 8,

    /// <summary><see cref="ModelOptions.Filters"/>.</summary>
    Filters = 16,

    /// <summary><see cref="ModelOptions.Classes"/>.</summary>
    Classes = 32,

    /// <summary><see cref="ModelOptions.OutputInitializer"/>.</summary>
    OutputInitializer = 64,

    /// <summary><see cref="ModelOptions.KernelSize"/>.</summary>
    KernelSize = 128,

    /// <summary><see cref="ModelOptions.Strides"/>.</summary>
    Strides = 256,

    /// <summary><see cref="ModelOptions.ConvolutionFilters"/>.</summary>
    ConvolutionFilters = 512,

    /// <summary><see cref="ModelOptions.Pooling"/>.</summary>
    Pooling = 1024,

    /// <summary><see cref="ModelOptions.Padding"/>.</summary>
    Padding = 2048,

    /// <summary><see cref="ModelOptions.OutputActivation"/>.</summary>
    OutputActivation = 4096,
}
