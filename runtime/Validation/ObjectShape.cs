using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The <c>properties</c>, <c>required</c> and <c>additionalProperties</c> of one object schema as data, checked by
/// <see cref="Check"/> in one pass over the object's properties (not meant to be used directly). Generated code keeps
/// only what data cannot say (a subschema's own keywords, in its own method); the loop, the type checks of properties
/// and the required check are here, written once.
/// </summary>
/// <remarks>
/// Each entry of <c>flags</c> describes a declared name (then, when there is one more entry, <c>additionalProperties</c>):
/// the low nine bits are the types its value must have, as <see cref="SchemaValidationContext.HasType"/> takes them
/// (0: no type check; 256: null accepted besides them, unsaid in messages), then <see cref="Required"/>,
/// <see cref="HasMethod"/> (the next of <c>methods</c> checks its value), <see cref="ThroughRef"/> (that method is the
/// target of the subschema's only keyword, <c>$ref</c>), <see cref="Guarded"/> (the call may recurse),
/// <see cref="RequiredOnly"/> (a name only <c>required</c> lists) and <see cref="NotAllowed"/> (its schema is false).
/// Keyword paths (<c>/properties/a~1b/type</c>) are made once, on first use.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ObjectShape : SchemaShape
{
    /// <summary>The name is required.</summary>
    public const int Required = 0x200;

    /// <summary>The value is checked by a method (the next one given).</summary>
    public const int HasMethod = 0x400;

    /// <summary>The method checks the target of the subschema's <c>$ref</c>: its keyword path ends with <c>/$ref</c>.</summary>
    public const int ThroughRef = 0x800;

    /// <summary>The method may recurse without consuming the value: the stack is checked first.</summary>
    public const int Guarded = 0x1000;

    /// <summary>The name is only listed by <c>required</c>.</summary>
    public const int RequiredOnly = 0x2000;

    /// <summary>The subschema is <c>false</c>: no value is allowed.</summary>
    public const int NotAllowed = 0x4000;

    private readonly PropertyNameTable _names;
    private readonly int[] _flags;
    private readonly SchemaMethod?[] _methods;
    private readonly ulong[] _required;
    private readonly int _declared;
    private readonly bool _additional;
    private readonly string?[] _paths;

    // Per entry: what it checks (Inert, TypeOnly or Other) and, for TypeOnly, the mask HasType takes.
    private readonly byte[] _kinds;
    private readonly int[] _masks;

    // The entry of additionalProperties, or -1.
    private readonly int _additionalIndex;

    // The required names as one word, when there are at most 64 names.
    private readonly ulong _requiredBits;

    // No declared names and nothing to check in the others: only evaluated sets could need the loop.
    private readonly bool _inert;

    private const byte Inert = 0;
    private const byte TypeOnly = 1;
    private const byte Other = 2;

    /// <param name="site">The object schema.</param>
    /// <param name="types">The schema's own <c>type</c> for <see cref="SchemaShape.Evaluate"/>, 0 when a method checks the rest.</param>
    /// <param name="names">Its declared names: those of <c>properties</c>, then those only <c>required</c> lists.</param>
    /// <param name="flags">One entry per name, then one for <c>additionalProperties</c> when the schema has it.</param>
    /// <param name="methods">The methods of the entries with <see cref="HasMethod"/>, in order.</param>
    public ObjectShape(SchemaSite site, int types, PropertyNameTable names, int[] flags, params SchemaMethod[] methods)
        : base(site, types)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(methods);
        if (flags.Length != names.Count && flags.Length != names.Count + 1)
        {
            throw new ArgumentException("One entry of flags per name, and at most one more.", nameof(flags));
        }

        _names = names;
        _flags = flags;
        _additional = flags.Length > names.Count;
        _methods = new SchemaMethod?[flags.Length];
        _required = new ulong[(names.Count + 63) >> 6];
        _paths = new string?[flags.Length];
        var next = 0;
        _declared = names.Count;
        for (var index = 0; index < flags.Length; index++)
        {
            var entry = flags[index];
            if ((entry & HasMethod) != 0)
            {
                _methods[index] = methods[next++];
            }

            if ((entry & Required) != 0)
            {
                _required[index >> 6] |= 1UL << index;
            }

            if ((entry & RequiredOnly) != 0 && _declared == names.Count)
            {
                _declared = index;
            }
        }

        if (next != methods.Length)
        {
            throw new ArgumentException("One method per entry that has one.", nameof(methods));
        }

        _kinds = new byte[flags.Length];
        _masks = new int[flags.Length];
        for (var index = 0; index < flags.Length; index++)
        {
            var entry = flags[index];
            var checks = entry & 0x1FF;
            _masks[index] = (checks & 0xFF) | ((checks >> 8) & 1);
            _kinds[index] = checks != 0 ? TypeOnly : (entry & NotAllowed) != 0 || _methods[index] is not null ? Other : Inert;
        }

        _additionalIndex = _additional ? flags.Length - 1 : -1;
        _requiredBits = _required.Length == 1 ? _required[0] : 0;
        _inert = names.Count == 0 && (!_additional || _kinds[flags.Length - 1] == Inert);
    }

    /// <inheritdoc/>
    protected override bool CheckValue(JsonElement instance, SchemaValidationContext context, int properties, int items)
        => CheckKind(instance, instance.ValueKind, context, properties, items);

    private protected override bool CheckKind(JsonElement instance, JsonValueKind kind, SchemaValidationContext context, int properties, int items)
        => kind != JsonValueKind.Object || (_inert && (properties < 0 || !_additional)) || Check(instance, context, properties);

    /// <summary>
    /// Checks the properties of <paramref name="instance"/>, an object, marking those it evaluates in the set
    /// <paramref name="properties"/> (or -1); false when one fails (in the fast run, at the first).
    /// </summary>
    public bool Check(JsonElement instance, SchemaValidationContext context, int properties)
    {
        ArgumentNullException.ThrowIfNull(context);
        return _required.Length <= 1 ? CheckNarrow(instance, context, properties) : CheckWide(instance, context, properties);
    }

    /// <summary><see cref="Check"/> for at most 64 names: the names found are one word.</summary>
    /// <remarks>Not inlined into the generated methods, so that the loop gets its own inlining budget.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CheckNarrow(JsonElement instance, SchemaValidationContext context, int properties)
    {
        var names = _names;
        var kinds = _kinds;
        var declared = _declared;
        var additional = _additionalIndex;
        ulong found = 0;
        var ok = true;
        var k = 0;
        var expected = 0;
        foreach (var property in instance.EnumerateObject())
        {
            var index = names.IndexOf(property, expected);
            if (index >= 0)
            {
                found |= 1UL << index;
                expected = index + 1;
                if (index >= declared)
                {
                    index = additional;
                }
            }
            else
            {
                index = additional;
            }

            if (index >= 0)
            {
                if (properties >= 0)
                {
                    context.Mark(properties, k);
                }

                var kind = kinds[index];
                if (kind == TypeOnly)
                {
                    if (!SchemaTypes.Has(property.Value, _masks[index]) && WrongType(property, index, context, ref ok))
                    {
                        return false;
                    }
                }
                else if (kind != Inert && !CheckProperty(property, index, context) && context.Stop(ref ok))
                {
                    return false;
                }
            }

            k++;
        }

        var required = _requiredBits;
        if ((found & required) != required && context.Missing(ref ok, _names, 0, found, required, Site))
        {
            return false;
        }

        return ok;
    }

    /// <summary><see cref="Check"/> for more than 64 names.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CheckWide(JsonElement instance, SchemaValidationContext context, int properties)
    {
        var words = _required.Length;
        Span<ulong> found = words <= 8 ? stackalloc ulong[8] : new ulong[words];
        found.Slice(0, words).Clear();
        var ok = true;
        var k = 0;
        var expected = 0;
        foreach (var property in instance.EnumerateObject())
        {
            var index = _names.IndexOf(property, expected);
            if (index >= 0)
            {
                found[index >> 6] |= 1UL << index;
                expected = index + 1;
            }

            if (index >= _declared)
            {
                index = -1;
            }

            if (index < 0 && _additional)
            {
                index = _flags.Length - 1;
            }

            if (index >= 0)
            {
                if (properties >= 0)
                {
                    context.Mark(properties, k);
                }

                if (_kinds[index] != Inert && !CheckProperty(property, index, context) && context.Stop(ref ok))
                {
                    return false;
                }
            }

            k++;
        }

        for (var word = 0; word < words; word++)
        {
            if ((found[word] & _required[word]) != _required[word] && context.Missing(ref ok, _names, word, found[word], _required[word], Site))
            {
                return false;
            }
        }

        return ok;
    }

    /// <summary>Records that the value of entry <paramref name="index"/> has the wrong type; true when the caller should stop.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool WrongType(JsonProperty property, int index, SchemaValidationContext context, ref bool ok)
        => context.WrongTypeAt(ref ok, property, Path(index), Site, SchemaTypes.Words(_flags[index] & 0x1FF));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool CheckProperty(JsonProperty property, int index, SchemaValidationContext context)
    {
        var flags = _flags[index];
        var types = flags & 0x1FF;
        var valid = true;
        if (types != 0)
        {
            if (SchemaValidationContext.HasType(property.Value, (types & 0xFF) | ((types >> 8) & 1)))
            {
                return true;
            }

            context.WrongTypeAt(ref valid, property, Path(index), Site, SchemaTypes.Words(types));
            return false;
        }

        if ((flags & NotAllowed) != 0)
        {
            if (context.Collecting)
            {
                var additional = _additional && index == _flags.Length - 1;
                context.FailAt(
                    property,
                    additional ? "additionalProperties" : "properties",
                    Path(index),
                    Site,
                    additional ? "the property \"" + property.Name + "\" is not allowed" : "the property \"" + _names[index] + "\" is not allowed");
            }

            return false;
        }

        if (_methods[index] is not { } method)
        {
            return true;
        }

        if ((flags & Guarded) != 0)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        return context.Collecting ? context.Property(property, Path(index), method) : method(property.Value, context, -1, -1);
    }

    /// <summary>The keyword path of entry <paramref name="index"/>'s check, made once.</summary>
    private string Path(int index)
    {
        return _paths[index] ??= Make();

        string Make()
        {
            var flags = _flags[index];
            var path = _additional && index == _flags.Length - 1 ? "/additionalProperties" : "/properties/" + Escape(_names[index]);
            if ((flags & 0x1FF) != 0)
            {
                return path + "/type";
            }

            return (flags & ThroughRef) != 0 ? path + "/$ref" : path;
        }
    }

    private static string Escape(string token)
        => token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");
}

/// <summary>
/// A schema, or the part of it, that the runtime checks from data (not meant to be used directly): its own <c>type</c>
/// (the bits <see cref="SchemaValidationContext.HasType"/> takes; 256: null accepted at once, unsaid in messages; 0:
/// none) and what the derived shape checks. <see cref="Evaluate"/> has the signature of a generated schema method.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class SchemaShape
{
    private readonly int _types;

    /// <param name="site">The schema.</param>
    /// <param name="types">Its <c>type</c>, or 0.</param>
    private protected SchemaShape(SchemaSite site, int types)
    {
        ArgumentNullException.ThrowIfNull(site);
        Site = site;
        _types = types;
    }

    /// <summary>The schema.</summary>
    protected SchemaSite Site { get; }

    /// <summary>
    /// Checks <paramref name="instance"/> against the whole schema, as a generated method would: the type, then the
    /// shape; <paramref name="properties"/> and <paramref name="items"/> are the caller's evaluated sets, or -1.
    /// </summary>
    public bool Evaluate(JsonElement instance, SchemaValidationContext context, int properties, int items)
    {
        ArgumentNullException.ThrowIfNull(context);
        var ok = true;
        var kind = instance.ValueKind;
        if ((_types & 0x100) != 0 && kind == JsonValueKind.Null)
        {
            return true;
        }

        var types = _types & 0xFF;
        if (types != 0 && !SchemaTypes.Has(kind, instance, types) && context.WrongType(ref ok, instance, "/type", Site, SchemaTypes.Words(types)))
        {
            return false;
        }

        return (CheckKind(instance, kind, context, properties, items) || context.Stop(ref ok)) && ok;
    }

    /// <summary>The checks of the shape, after the type; false when one fails.</summary>
    protected abstract bool CheckValue(JsonElement instance, SchemaValidationContext context, int properties, int items);

    /// <summary><see cref="CheckValue"/> with the value's kind, read once by <see cref="Evaluate"/>.</summary>
    private protected abstract bool CheckKind(JsonElement instance, JsonValueKind kind, SchemaValidationContext context, int properties, int items);
}

/// <summary>The words of type masks, for messages.</summary>
internal static class SchemaTypes
{
    private static readonly string?[] s_words = new string?[256];

    // The bit of each JsonValueKind (Undefined, Object, Array, String, Number, True, False, Null) in a type mask.
    private static ReadOnlySpan<byte> KindBits => new byte[] { 0, 4, 8, 32, 16, 2, 2, 1 };

    /// <summary>As <see cref="SchemaValidationContext.HasType"/>, with the kind read once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(JsonElement value, int types) => Has(value.ValueKind, value, types);

    /// <summary>As <see cref="SchemaValidationContext.HasType"/>, for a value whose kind is <paramref name="kind"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(JsonValueKind kind, JsonElement value, int types)
        => (KindBits[(int)kind & 7] & types) != 0 || (kind == JsonValueKind.Number && (types & (64 | 128)) != 0 && IsInteger(value, types));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool IsInteger(JsonElement value, int types) => SchemaValidationContext.HasType(value, types);

    /// <summary>"a string", "an integer or null", … for the bits <see cref="SchemaValidationContext.HasType"/> takes.</summary>
    public static string Words(int mask) => s_words[mask & 0xFF] ??= Make(mask & 0xFF);

    private static string Make(int mask)
    {
        var names = new List<string>();
        foreach (var (bit, name) in new[] { (1, "null"), (2, "boolean"), (4, "object"), (8, "array"), (32, "string") })
        {
            if ((mask & bit) != 0)
            {
                names.Add(name);
            }
        }

        if ((mask & 16) != 0)
        {
            names.Add("number");
        }
        else if ((mask & (64 | 128)) != 0)
        {
            names.Add("integer");
        }

        var text = names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
        var article = text == "null" ? string.Empty : text[0] is 'a' or 'i' or 'o' ? "an " : "a ";
        return article + text;
    }
}
