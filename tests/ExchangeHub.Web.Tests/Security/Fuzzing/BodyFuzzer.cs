using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExchangeHub.Web.Tests.Security.Fuzzing;

/// <summary>
/// Makes request bodies for one JSON body type that no correct server may accept: each carries at least one fault the
/// binder or the validator must refuse (wrong types, nulls and gaps in required fields, numbers beyond their type,
/// bodies past the size limit, invalid UTF-8, nesting past the reader's depth, no JSON at all). The same seed gives
/// the same bodies.
/// </summary>
public sealed class BodyFuzzer(Type bodyType, bool bodyOptional, int seed)
{
    private const int OverTheLimit = 300 * 1024;
    private static readonly NullabilityInfoContext _nullability = new();
    private readonly Random _random = new(seed);

    public IEnumerable<FuzzBody> Generate(int count)
    {
        Func<FuzzBody?>[] kinds =
        [
            NotJson, InvalidUtf8, WrongTopLevel, DeepNesting, WrongType, WrongType, OutOfRange, NullsAndGaps, HugeString, HugeArray,
        ];
        for (var made = 0; made < count;)
        {
            if (kinds[_random.Next(kinds.Length)]() is { } body)
            {
                made++;
                yield return body;
            }
        }
    }

    private FuzzBody NotJson()
    {
        string[] samples = ["<lab><name>x</name></lab>", "name=x&prefecture=05", "{\"name\": ", "{'name': 'x'}", "{\"a\":1,}", "\u0000\u0001", "NaN", "[1,2", "}{"];
        var text = _random.Next(3) == 0 ? RandomText(_random.Next(1, 400)) : samples[_random.Next(samples.Length)];
        var contentType = _random.Next(4) switch { 0 => "text/plain", 1 => "application/x-www-form-urlencoded", _ => "application/json" };
        return new("not-json", Encoding.UTF8.GetBytes(text), contentType);
    }

    private FuzzBody InvalidUtf8()
    {
        byte[][] broken = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE3, 0x81]];
        var fault = broken[_random.Next(broken.Length)];
        var strings = Properties(bodyType).Where(p => p.PropertyType == typeof(string)).ToList();
        if (strings.Count == 0)
        {
            return new("invalid-utf8", [(byte)'{', .. fault, (byte)'}'], "application/json");
        }

        // Inside a string value that is bound, where the reader must decode it.
        var sample = Sample();
        sample[JsonName(strings[_random.Next(strings.Count)])] = "FUZZ-MARK";
        var json = Encoding.UTF8.GetBytes(sample.ToJsonString());
        var mark = "FUZZ-MARK"u8.ToArray();
        var at = json.AsSpan().IndexOf(mark);
        return new("invalid-utf8", [.. json[..at], .. fault, .. json[(at + mark.Length)..]], "application/json");
    }

    private FuzzBody? WrongTopLevel()
    {
        string[] values = ["[]", "[{}]", "42", "-1e400", "\"text\"", "true", "\"\"", .. bodyOptional ? Array.Empty<string>() : ["null", ""]];
        return Json("wrong-top-level", values[_random.Next(values.Length)]);
    }

    private FuzzBody? DeepNesting()
    {
        var depth = _random.Next(65, 20_000);
        var (open, close) = _random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        if (AnyProperty() is not { } property)
        {
            return null;
        }

        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return Json("deep-nesting", $"{{\"{property}\":{nested}}}");
    }

    private FuzzBody? WrongType()
    {
        var sample = Sample();
        var properties = Properties(bodyType);
        if (properties.Count == 0)
        {
            return null;
        }

        var target = properties[_random.Next(properties.Count)];
        sample[JsonName(target)] = WrongValue(target.PropertyType);
        return Json("wrong-type", sample.ToJsonString());
    }

    private FuzzBody? OutOfRange()
    {
        var numbers = Properties(bodyType).Where(p => Plain(p.PropertyType) is var type && (type == typeof(int) || type == typeof(long) || type.IsEnum)).ToList();
        if (numbers.Count == 0)
        {
            return null;
        }

        var target = numbers[_random.Next(numbers.Count)];
        var type = Plain(target.PropertyType);
        string[] values = type.IsEnum ? ["99", "-1", "2147483648"]
            : type == typeof(int) ? ["2147483648", "-2147483649", "1e400", "1.5"]
            : ["9223372036854775808", "-9223372036854775809", "1e400", "0.5"];
        var sample = Sample();
        sample[JsonName(target)] = JsonNode.Parse(values[_random.Next(values.Length)]);
        return Json("out-of-range", sample.ToJsonString());
    }

    private FuzzBody? NullsAndGaps()
    {
        var required = Properties(bodyType).Where(p => !p.PropertyType.IsValueType && _nullability.Create(p).ReadState == NullabilityState.NotNull).ToList();
        if (required.Count == 0)
        {
            return null;
        }

        var sample = Sample();
        foreach (var property in required)
        {
            if (_random.Next(2) == 0)
            {
                sample.Remove(JsonName(property));
            }
            else
            {
                sample[JsonName(property)] = null;
            }
        }

        return Json("nulls-and-gaps", sample.ToJsonString());
    }

    private FuzzBody? HugeString()
    {
        var sample = Sample();
        var strings = Properties(bodyType).Where(p => p.PropertyType == typeof(string)).ToList();
        if ((strings.Count > 0 ? JsonName(strings[_random.Next(strings.Count)]) : AnyProperty()) is not { } name)
        {
            return null;
        }

        sample[name] = _random.Next(2) == 0 ? new string('a', OverTheLimit) : string.Concat(Enumerable.Repeat("長", OverTheLimit / 3 + 1));
        return Json("huge-string", sample.ToJsonString());
    }

    private FuzzBody? HugeArray()
    {
        var sample = Sample();
        var lists = Properties(bodyType).Where(p => ElementOf(p.PropertyType) is not null).ToList();
        if ((lists.Count > 0 ? JsonName(lists[_random.Next(lists.Count)]) : AnyProperty()) is not { } name)
        {
            return null;
        }

        var overLimit = _random.Next(2) == 0;
        var items = new JsonArray();
        for (var index = 0; index < (overLimit ? OverTheLimit / 4 : 20_000); index++)
        {
            items.Add("ab");
        }

        // Under the size limit, the last element's wrong type is the fault the binder must find.
        if (!overLimit)
        {
            items.Add(new JsonObject { ["deep"] = new JsonArray(1, 2) });
        }

        sample[name] = items;
        return Json("huge-array", sample.ToJsonString());
    }

    // A property the binder reads, so a fault put there cannot be skipped as an unknown member.
    private string? AnyProperty() => Properties(bodyType) is { Count: > 0 } properties ? JsonName(properties[_random.Next(properties.Count)]) : null;

    /// <summary>A body of the right shape with plausible values, the base each fault is put into.</summary>
    private JsonObject Sample() => (JsonObject)SampleOf(bodyType, 0);

    private JsonNode SampleOf(Type type, int depth)
    {
        var plain = Plain(type);
        if (plain == typeof(string))
        {
            string[] texts = ["", "x", "仙北市のドローン", "<script>alert(1)</script>", "🐉", "05", "dx", "public", RandomText(_random.Next(1, 40))];
            return JsonValue.Create(texts[_random.Next(texts.Length)]);
        }

        if (plain == typeof(bool))
        {
            return JsonValue.Create(_random.Next(2) == 0);
        }

        if (IsNumber(plain))
        {
            return JsonValue.Create(_random.Next(-2, 6));
        }

        if (plain.IsEnum)
        {
            var name = Enum.GetNames(plain)[_random.Next(Enum.GetNames(plain).Length)];
            return JsonValue.Create(JsonNamingPolicy.CamelCase.ConvertName(name));
        }

        if (plain == typeof(DateTimeOffset) || plain == typeof(DateTime))
        {
            return JsonValue.Create("2030-04-01T00:00:00Z");
        }

        if (ElementOf(plain) is { } element)
        {
            var items = new JsonArray();
            for (var index = _random.Next(3); index > 0 && depth < 3; index--)
            {
                items.Add(SampleOf(element, depth + 1));
            }

            return items;
        }

        var body = new JsonObject();
        foreach (var property in Properties(plain))
        {
            body[JsonName(property)] = depth < 3 ? SampleOf(property.PropertyType, depth + 1) : null;
        }

        return body;
    }

    private JsonNode WrongValue(Type type)
    {
        var plain = Plain(type);
        string[] values = plain == typeof(string) ? ["123", "true", "{}", "[\"a\"]", "{\"a\":1}"]
            : plain == typeof(bool) ? ["\"yes\"", "1", "{}"]
            : IsNumber(plain) ? ["\"abc\"", "true", "{}", "[]", "\"NaN\""]
            : plain.IsEnum ? ["\"no-such-value\"", "{}", "[]", "true"]
            : plain == typeof(DateTimeOffset) || plain == typeof(DateTime) ? ["\"not a date\"", "true", "{}", "\"2030-13-45\""]
            : ElementOf(plain) is { } element ? ["{}", "\"text\"", "5", element == typeof(string) ? "[1]" : "[\"text\"]"]
            : ["\"text\"", "5", "[]", "true"];
        return JsonNode.Parse(values[_random.Next(values.Length)]) ?? JsonValue.Create(0);
    }

    private string RandomText(int length)
    {
        var builder = new StringBuilder(length);
        for (var index = 0; index < length; index++)
        {
            builder.Append((char)_random.Next(0x20, 0x7F));
        }

        return builder.ToString();
    }

    private static FuzzBody Json(string kind, string text) => new(kind, Encoding.UTF8.GetBytes(text), "application/json");

    private static List<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToList();

    private static string JsonName(PropertyInfo property) => JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static Type Plain(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    private static bool IsNumber(Type type) => Plain(type) is var plain && (plain == typeof(int) || plain == typeof(long) || plain == typeof(double) || plain == typeof(decimal));

    private static Type? ElementOf(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[0]
        : null;
}
