using System.Text.Json;
using System.Text.Json.Serialization;

namespace KerasNet.Experiments.Configuration;

/// <summary>Reads and writes a <see cref="KerasObject"/>: a string, or <c>{"class_name": …, "config": {…}}</c> whose values are numbers or flags.</summary>
public sealed class KerasObjectJsonConverter : JsonConverter<KerasObject>
{
    /// <inheritdoc />
    public override KerasObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new KerasObject(reader.GetString()!);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("expected a name or {\"class_name\": ..., \"config\": {...}}.");
        }

        string? className = null;
        Dictionary<string, object>? config = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "class_name" when property.Value.ValueKind == JsonValueKind.String:
                    className = property.Value.GetString();
                    break;
                case "config" when property.Value.ValueKind == JsonValueKind.Object:
                    config = property.Value.EnumerateObject().ToDictionary(a => a.Name, a => Value(a.Name, a.Value), StringComparer.Ordinal);
                    break;
                default:
                    throw new JsonException($"unexpected '{property.Name}': a Keras object is {{\"class_name\": \"<name>\", \"config\": {{...}}}}.");
            }
        }

        return new KerasObject(className ?? throw new JsonException("a Keras object needs a \"class_name\"."), config);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, KerasObject value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (value.Config is null)
        {
            writer.WriteStringValue(value.ClassName);
            return;
        }

        writer.WriteStartObject();
        writer.WriteString("class_name", value.ClassName);
        writer.WriteStartObject("config");
        foreach (var (key, argument) in value.Config.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (argument is bool flag)
            {
                writer.WriteBoolean(key, flag);
            }
            else if (argument is string text)
            {
                writer.WriteString(key, text);
            }
            else
            {
                writer.WriteNumber(key, (double)argument);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static object Value(string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetString()!,
        _ => throw new JsonException($"config '{key}' must be a number, a string, true or false."),
    };
}
