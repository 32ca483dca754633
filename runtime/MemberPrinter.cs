using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Schemata.Serialization;

namespace Schemata;

/// <summary>
/// Prints the members of a generated record for its <c>ToString()</c> (through the record's <c>PrintMembers</c>), as
/// C# records do, but readable and safe to log: strings in quotes, lists and dictionaries by content (the first
/// <see cref="MaxItems"/> items, then <c>…</c> and the count), values invariant (dates in RFC 3339), and sensitive
/// values (<c>writeOnly</c>, <c>format: password</c>, <c>x-sensitive</c>) as <c>***</c>.
/// </summary>
/// <remarks>Nesting is cut at <see cref="MaxDepth"/> levels of records and collections, so that no value prints without end.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct MemberPrinter
{
    /// <summary>How many items of a list or dictionary are printed.</summary>
    public const int MaxItems = 10;

    /// <summary>How deeply records and collections inside one another are printed.</summary>
    public const int MaxDepth = 8;

    /// <summary>How many characters of a JSON value are printed.</summary>
    public const int MaxJsonLength = 200;

    private const string Hidden = "***";

    [ThreadStatic]
    private static int t_depth;

    private readonly StringBuilder _builder;

    /// <summary>A printer that appends to <paramref name="builder"/>; <paramref name="printed"/>: the base record printed members already.</summary>
    public MemberPrinter(StringBuilder builder, bool printed = false)
    {
        _builder = builder;
        Printed = printed;
    }

    /// <summary>Whether any member was printed: the value <c>PrintMembers</c> returns.</summary>
    public bool Printed { get; private set; }

    // The name is the compiler's: generated code writes .Add(Member), and the caller's argument expression is the
    // member's C# name. It saves the name's string literal on every line of every PrintMembers. Each call returns the
    // printer, so that PrintMembers is one expression: new MemberPrinter(builder).Add(A).Add(B).Printed.

    /// <summary>Prints <c>name = value</c>; <paramref name="name"/> is the argument's expression (the member's name).</summary>
    public MemberPrinter Add<T>(T value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        Name(name);
        Append(_builder, value);
        return this;
    }

    /// <summary>Prints <c>name = ***</c>, or <c>name = null</c> when there is no value.</summary>
    public MemberPrinter AddSecret<T>(T value, [CallerArgumentExpression(nameof(value))] string name = "")
    {
        Name(name);
        _builder.Append(value is null ? "null" : Hidden);
        return this;
    }

    /// <summary>Prints <c>name = value</c> unless the value is null (dictionaries of undeclared properties: null when there are none).</summary>
    public MemberPrinter AddIfSet<T>(T value, [CallerArgumentExpression(nameof(value))] string name = "")
        => value is null ? this : Add(value, name);

    private void Name(string name)
    {
        if (Printed)
        {
            _builder.Append(", ");
        }

        _builder.Append(name).Append(" = ");
        Printed = true;
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                builder.Append('"').Append(text).Append('"');
                return;
            case bool flag:
                builder.Append(flag ? "true" : "false");
                return;
            case DateTimeOffset dateTime:
                builder.Append(Rfc3339.ToString(dateTime));
                return;
            case DateOnly date:
                builder.Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return;
            case Uri uri:
                builder.Append(uri.OriginalString);
                return;
            case byte[] bytes:
                builder.Append('[').Append(bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(" bytes]");
                return;
            case JsonElement json:
                AppendJson(builder, json);
                return;
            case IFormattable formattable:
                builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                return;
        }

        if (t_depth >= MaxDepth)
        {
            builder.Append('…');
            return;
        }

        t_depth++;
        try
        {
            switch (value)
            {
                case IPrintedCollection collection:
                    collection.Print(builder);
                    break;
                case IDictionary map:
                    AppendMap(builder, map);
                    break;
                case IEnumerable items:
                    AppendList(builder, items);
                    break;
                default:
                    builder.Append(value.ToString());
                    break;
            }
        }
        finally
        {
            t_depth--;
        }
    }

    /// <summary>A value as <c>ToString()</c> of a record prints it (for <see cref="ValueList{T}"/> and <see cref="ValueMap{T}"/>).</summary>
    internal static string Print(object value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void AppendList(StringBuilder builder, IEnumerable items) => AppendList(builder, items, items is ICollection c ? c.Count : -1);

    /// <summary>Prints <c>[a, b]</c>: the first <see cref="MaxItems"/> items, then <c>…</c> and the count (when known, not negative).</summary>
    internal static void AppendList(StringBuilder builder, IEnumerable items, int count)
    {
        builder.Append('[');
        var printed = 0;
        foreach (var item in items)
        {
            if (printed == MaxItems)
            {
                More(builder, count);
                break;
            }

            builder.Append(printed == 0 ? string.Empty : ", ");
            Append(builder, item);
            printed++;
        }

        builder.Append(']');
    }

    /// <summary>Prints <c>{ key = value }</c>: the first <see cref="MaxItems"/> entries, then <c>…</c> and the count.</summary>
    internal static void AppendMap(StringBuilder builder, IDictionary map)
    {
        if (map.Count == 0)
        {
            builder.Append("{ }");
            return;
        }

        builder.Append("{ ");
        var count = 0;
        foreach (DictionaryEntry entry in map)
        {
            if (count == MaxItems)
            {
                More(builder, map.Count);
                break;
            }

            builder.Append(count == 0 ? string.Empty : ", ").Append(entry.Key).Append(" = ");
            Append(builder, entry.Value);
            count++;
        }

        builder.Append(" }");
    }

    private static void More(StringBuilder builder, int count)
    {
        builder.Append(", …");
        if (count >= 0)
        {
            builder.Append(" (").Append(count.ToString(CultureInfo.InvariantCulture)).Append(" items)");
        }
    }

    private static void AppendJson(StringBuilder builder, JsonElement json)
    {
        if (json.ValueKind == JsonValueKind.Undefined)
        {
            builder.Append("undefined");
            return;
        }

        var text = json.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? Compact(json) : json.GetRawText();
        builder.Append(text.Length > MaxJsonLength ? text.Substring(0, MaxJsonLength) + "…" : text);
    }

    private static string Compact(JsonElement json)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
