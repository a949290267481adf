namespace KerasNet.Serialization;

/// <summary>
/// The <c>config</c> of a Keras object in its serialized form <c>{"class_name": …, "config": {…}}</c>, read key by key
/// with the object's defaults; a key the object does not take, or a value of the wrong type, is an error naming both.
/// </summary>
public sealed class SerializedConfig
{
    private readonly string className;
    private readonly IReadOnlyDictionary<string, object> values;
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    /// <summary>Wraps the config of an object of class <paramref name="className"/> (no config: every default).</summary>
    public SerializedConfig(string className, IReadOnlyDictionary<string, object>? values)
    {
        ArgumentNullException.ThrowIfNull(className);
        this.className = className;
        this.values = values ?? new Dictionary<string, object>();
    }

    /// <summary>A number, or <paramref name="defaultValue"/> when the key is absent.</summary>
    /// <exception cref="ArgumentException">The value is not a finite number.</exception>
    public double Number(string key, double defaultValue) => Read(key, defaultValue, v => v is double d && double.IsFinite(d), "a finite number");

    /// <summary>A flag, or <paramref name="defaultValue"/> when the key is absent.</summary>
    /// <exception cref="ArgumentException">The value is not true or false.</exception>
    public bool Flag(string key, bool defaultValue) => Read(key, defaultValue, v => v is bool, "true or false");

    /// <summary>One of <paramref name="allowed"/> (strings), or <paramref name="defaultValue"/> when the key is absent.</summary>
    /// <exception cref="ArgumentException">The value is not one of them.</exception>
    public string Choice(string key, string defaultValue, params string[] allowed) =>
        Read(key, defaultValue, v => v is string s && allowed.Contains(s, StringComparer.Ordinal), $"one of {string.Join(", ", allowed)}");

    /// <summary>Checks that every key given was read: call after reading all the object takes.</summary>
    /// <exception cref="ArgumentException">A key the object does not take; the message lists the keys it does.</exception>
    public void RejectUnread()
    {
        var unknown = values.Keys.Where(k => !read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            string takes = read.Count == 0 ? "no config keys" : $"only {string.Join(", ", read.Order(StringComparer.Ordinal))}";
            throw new ArgumentException($"{className} takes {takes}; received {string.Join(", ", unknown)}.");
        }
    }

    /// <summary>A Keras class name as its snake-case identifier: <c>RandomNormal</c> → <c>random_normal</c>; a snake-case name is kept.</summary>
    public static string SnakeCase(string className) =>
        string.Concat(className.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : string.Empty) + char.ToLowerInvariant(c) : c.ToString()));

    private T Read<T>(string key, T defaultValue, Func<object, bool> valid, string expected)
    {
        read.Add(key);
        if (!values.TryGetValue(key, out object? value))
        {
            return defaultValue;
        }

        return valid(value) ? (T)value : throw new ArgumentException($"{className} config '{key}' must be {expected}; received {value}.");
    }
}
