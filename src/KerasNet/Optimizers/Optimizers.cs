namespace KerasNet.Optimizers;

/// <summary>The optimizers by Keras name, with Keras's defaults.</summary>
public static class Optimizers
{
    /// <summary>Looks up an optimizer by name: sgd, adam, rmsprop, adagrad, adadelta.</summary>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static Optimizer Get(string name) => name switch
    {
        "sgd" => new SGD(),
        "adam" => new Adam(),
        "rmsprop" => new RMSprop(),
        "adagrad" => new Adagrad(),
        "adadelta" => new Adadelta(),
        _ => throw new ArgumentException($"Unknown optimizer: '{name}'. Known optimizers: sgd, adam, rmsprop, adagrad, adadelta.", nameof(name)),
    };
}
