using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Schemata.IntegrationTests.Fuzz;

/// <summary>
/// Breaks JSON payloads the way hostile clients do: values removed, nulled or replaced by another type, huge and tiny
/// numbers, invalid dates and formats, control characters, lone surrogates, characters outside the BMP, 1 MB strings,
/// nesting 10,000 levels deep, duplicate keys, truncated, corrupted or invalid UTF-8 bytes. Deterministic for a seed.
/// </summary>
internal sealed class PayloadMutator
{
    private static readonly string[] Numbers =
    {
        "0", "-0", "1.0", "1.5", "-1", "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9223372036854775808",
        "-9223372036854775809", "2147483648", "4.9e-324", "1.7976931348623157e308", "1e2", "0.1",
    };

    private static readonly string[] Strings =
    {
        "", " ", "\u0000", "\u0001\u001f", "😀", "a😀b", "\u2028", "\uFEFF", "e\u0301", "2024-13-45T25:61:61Z", "2024-02-30", "not-a-date",
        "00000000-0000-0000-0000-00000000000g", "http://", "::1", "256.256.256.256", "aGVsbG8", "!!!", "true", "null", "{}", "[]",
        "1", "P1Y2M", "a@b", "x".PadRight(10_000, 'x'),
    };

    private readonly Random _random;

    public PayloadMutator(Random random) => _random = random;

    /// <summary>The mutated payload as UTF-8 bytes (which may not be valid UTF-8), and what was done.</summary>
    public (byte[] Utf8, string Kind) Mutate(JsonNode valid)
    {
        var roll = _random.Next(100);
        var text = valid.ToJsonString();
        switch (roll)
        {
            case < 8:
                return (Encoding.UTF8.GetBytes(text.Substring(0, _random.Next(text.Length + 1))), "truncate");
            case < 14:
                return (Encoding.UTF8.GetBytes(Corrupt(text)), "corrupt-char");
            case < 18:
                return (InvalidUtf8(Encoding.UTF8.GetBytes(text)), "invalid-utf8");
            case < 23:
                return (Encoding.UTF8.GetBytes(DuplicateKey(text)), "duplicate-key");
            case < 28:
                return (Encoding.UTF8.GetBytes(InsertEscape(text)), "escape-in-string");
            case < 33:
                return (Encoding.UTF8.GetBytes(Deep(text)), "deep-nesting");
        }

        var copy = valid.DeepClone();
        var slots = new List<(JsonNode Parent, object Key)>();
        Collect(copy, slots);
        if (slots.Count == 0)
        {
            return (Encoding.UTF8.GetBytes(RandomValue()?.ToJsonString() ?? "null"), "replace-root");
        }

        var (parent, key) = slots[_random.Next(slots.Count)];
        string kind;
        switch (_random.Next(7))
        {
            case 0:
                kind = "remove";
                if (parent is JsonObject o)
                {
                    o.Remove((string)key);
                }
                else
                {
                    ((JsonArray)parent).RemoveAt((int)key);
                }

                break;
            case 1:
                kind = "null";
                Set(parent, key, null);
                break;
            case 2:
                kind = "number-extreme";
                Set(parent, key, JsonNode.Parse(Pick(Numbers)));
                break;
            case 3:
                kind = "odd-string";
                Set(parent, key, JsonValue.Create(_random.Next(20) == 0 ? new string('z', 1 << 20) : Pick(Strings)));
                break;
            case 4:
                kind = "extra-property";
                if (parent is JsonObject extra)
                {
                    extra[Pick(Strings) + _random.Next(1000)] = RandomValue();
                }

                break;
            case 5:
                kind = "wrong-type";
                Set(parent, key, RandomValue());
                break;
            default:
                kind = "empty-container";
                Set(parent, key, _random.Next(2) == 0 ? new JsonObject() : new JsonArray());
                break;
        }

        return (Encoding.UTF8.GetBytes(copy.ToJsonString()), kind);
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    slots.Add((o, key));
                    if (value is not null)
                    {
                        Collect(value, slots);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, i));
                    if (a[i] is { } item)
                    {
                        Collect(item, slots);
                    }
                }

                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }

    private JsonNode? RandomValue() => _random.Next(6) switch
    {
        0 => null,
        1 => JsonValue.Create(_random.Next(2) == 0),
        2 => JsonNode.Parse(Pick(Numbers)),
        3 => JsonValue.Create(Pick(Strings)),
        4 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        _ => new JsonObject { ["a"] = 1, ["b"] = new JsonObject() },
    };

    private string Deep(string text)
    {
        var levels = _random.Next(3) == 0 ? 10_000 : 50 + _random.Next(100);
        var (open, close) = _random.Next(2) == 0 ? ("[", "]") : ("{\"a\":", "}");
        var nested = string.Concat(Enumerable.Repeat(open, levels)) + "1" + string.Concat(Enumerable.Repeat(close, levels));
        var colons = Positions(text, ':');
        if (colons.Count == 0)
        {
            return nested;
        }

        // Replaces the value after a random colon up to the next comma or brace (a rough cut: broken JSON is fine too).
        var at = colons[_random.Next(colons.Count)] + 1;
        var end = text.IndexOfAny(new[] { ',', '}' }, at);
        return text.Substring(0, at) + nested + (end < 0 ? string.Empty : text.Substring(end));
    }

    private string Corrupt(string text)
    {
        if (text.Length == 0)
        {
            return "{";
        }

        var at = _random.Next(text.Length);
        var replacement = Pick(new[] { "\"", "{", "}", "[", "]", ",", ":", "\\", "\u0000", "\u0001", "😀", "1e999", "nul", "/*", "\t", "NaN", "Infinity" });
        return text.Substring(0, at) + replacement + text.Substring(Math.Min(text.Length, at + _random.Next(3)));
    }

    private byte[] InvalidUtf8(byte[] bytes)
    {
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
        var at = quotes.Count == 0 ? 0 : quotes[_random.Next(quotes.Count)] + 1;
        var bad = Pick(new[] { new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xE2, 0x82 } });
        return bytes.Take(at).Concat(bad).Concat(bytes.Skip(at)).ToArray();
    }

    private string DuplicateKey(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Matches(text, "\"([^\"\\\\]+)\":");
        if (match.Count == 0)
        {
            return text;
        }

        var m = match[_random.Next(match.Count)];
        return text.Insert(m.Index, $"\"{m.Groups[1].Value}\": {(_random.Next(2) == 0 ? "null" : "[1]")}, ");
    }

    private string InsertEscape(string text)
    {
        var quotes = Positions(text, '"');
        if (quotes.Count == 0)
        {
            return text;
        }

        var at = quotes[_random.Next(quotes.Count)] + 1;
        return text.Insert(at, Pick(new[] { "\\ud800", "\\udc00", "\\u0000", "\\ud83d\\ude00", "\\u2028", "\\\\", "\\\"", "\\x", "\\u12" }));
    }

    private static List<int> Positions(string text, char c)
    {
        var result = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == c)
            {
                result.Add(i);
            }
        }

        return result;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
