using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The state of one validation, used by generated validators (not meant to be used directly).
/// A validation is one run that records every error with its instance and keyword locations, but it only tracks
/// locations where an error can be: before it steps into an object (the value of a property or an item) in the first
/// levels of the instance, it checks the object fast (no locations, no errors, stopping at the first failure) and
/// steps in only when that check fails; and the subschemas whose errors would be forgiven (<c>anyOf</c>, <c>oneOf</c>,
/// <c>not</c>, <c>if</c>, <c>contains</c>) are checked fast, and again, collecting, only when their errors count. So a
/// valid document costs about one fast pass and allocates nothing (the context is cached per thread), and an invalid
/// one about the same plus the failing objects again.
/// It also carries the dynamic scope (the schema resources entered, for <c>$dynamicRef</c> and <c>$recursiveRef</c>)
/// and the sets of evaluated properties and items that <c>unevaluatedProperties</c>/<c>unevaluatedItems</c> need.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed partial class SchemaValidationContext
{
    [ThreadStatic]
    private static SchemaValidationContext? t_cached;

    private bool _collecting;
    private string[] _scope = new string[8];
    private int _scopeDepth;
    private ulong[] _bits = new ulong[32];
    private int _bitsTop;
    private List<ValidationError>? _errors;
    private readonly List<PathSegment> _instancePath = new();
    private readonly List<string> _keywordPath = new();

    // The builder of locations, reused from error to error.
    private readonly StringBuilder _text = new();

    private SchemaValidationContext()
    {
    }

    /// <summary>True while errors are recorded; false in a fast check, which stops at the first failure.</summary>
    public bool Collecting
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _collecting;
    }

    /// <summary>
    /// Validates <paramref name="instance"/> with a compiled schema. <paramref name="resource"/> is the URI of the
    /// schema's resource when it declares dynamic anchors (it then starts the dynamic scope), else null.
    /// </summary>
    public static SchemaValidationResult Run(JsonElement instance, SchemaValidator validator, string? resource)
    {
        ArgumentNullException.ThrowIfNull(validator);
        var context = t_cached ?? new SchemaValidationContext();
        t_cached = null;
        var result = context.Validate(instance, validator, resource);
        t_cached = context;
        return result;
    }

    /// <summary>Parses UTF-8 JSON text (default limits) and validates its root as <see cref="Run(JsonElement, SchemaValidator, string?)"/> does.</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static SchemaValidationResult Run(ReadOnlyMemory<byte> utf8Json, SchemaValidator validator, string? resource)
    {
        using var document = JsonDocument.Parse(utf8Json);
        return Run(document.RootElement, validator, resource);
    }

    /// <summary>Parses JSON text (default limits) and validates its root as <see cref="Run(JsonElement, SchemaValidator, string?)"/> does.</summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static SchemaValidationResult Run(string json, SchemaValidator validator, string? resource)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Run(document.RootElement, validator, resource);
    }

    /// <summary>
    /// One run, collecting: subschemas whose errors would be forgiven (anyOf, oneOf, not, if, contains) are checked
    /// quietly by the generated code, and objects in the first levels are checked fast before it steps in, so a valid
    /// document records, and allocates, nothing.
    /// </summary>
    private SchemaValidationResult Validate(JsonElement instance, SchemaValidator validator, string? resource)
    {
        Reset();
        bool valid;
        try
        {
            if (resource is not null)
            {
                EnterResource(resource);
            }

            valid = validator(instance, this);
            if (!valid && ErrorCount == 0)
            {
                // A failure always says why; one that does not is a bug, reported rather than hidden.
                Fail("$schema", string.Empty, string.Empty, string.Empty, string.Empty, "the value failed validation, but no error was recorded (a Schemata bug: please report it)");
            }
        }
        catch (InsufficientExecutionStackException)
        {
            valid = false;
            Collect(keepLocation: false);
            Fail("$ref", string.Empty, string.Empty, string.Empty, string.Empty, "the schema references itself so deeply that validation was stopped");
        }
        catch (InvalidOperationException e) when (IsIllFormedText(e))
        {
            // Fast checks of objects leave such strings to the collecting run, so the error is reported where the string is.
            valid = false;
            Collect(keepLocation: true);
            Fail("type", string.Empty, string.Empty, string.Empty, string.Empty, "the value holds a string that is not well-formed Unicode (" + e.Message + "), so validation was stopped");
        }

        var errors = _errors;
        _errors = null;
        return valid ? SchemaValidationResult.Valid : SchemaValidationResult.FromErrors(errors ?? (IReadOnlyList<ValidationError>)Array.Empty<ValidationError>());
    }

    /// <summary>
    /// Checks a subschema of the value in fast mode even while collecting, for keywords that forgive its errors
    /// (<c>anyOf</c>, <c>oneOf</c>, <c>not</c>, <c>if</c>, <c>contains</c>): their errors would only be made to be
    /// dropped. <paramref name="properties"/> and <paramref name="items"/> are the evaluated sets to mark, or -1.
    /// </summary>
    public bool Check(JsonElement instance, SchemaMethod method, int properties, int items)
    {
        if (!_collecting)
        {
            return method(instance, this, properties, items);
        }

        _collecting = false;
        try
        {
            return method(instance, this, properties, items);
        }
        finally
        {
            _collecting = true;
            _timedOut = false;
        }
    }

    /// <summary>Like <see cref="Check"/>, for a subschema in another resource that declares dynamic anchors.</summary>
    public bool CheckIn(string resource, JsonElement instance, SchemaMethod method, int properties, int items)
    {
        EnterResource(resource);
        var valid = Check(instance, method, properties, items);
        LeaveResource();
        return valid;
    }

    /// <summary>
    /// Validates the JSON a typed value wrote (a record's <c>Validate()</c>). It is parsed without a depth limit of its
    /// own: the value was read (or built) already, so the limit that applied then is the one that counts.
    /// </summary>
    public static SchemaValidationResult RunWritten(ReadOnlyMemory<byte> utf8Json, SchemaValidator validator, string? resource)
    {
        using var document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = int.MaxValue });
        return Run(document.RootElement, validator, resource);
    }

    /// <summary>
    /// Checks <paramref name="value"/> in fast mode: no locations, no errors, stopping at the first failure. A value
    /// that passes needs no locations; one that fails is checked again, collecting. So is one holding a string that is
    /// not well-formed: checked again, collecting, it is reported where the string is.
    /// </summary>
    private bool Passes(JsonElement value, SchemaMethod method)
    {
        var bitsTop = _bitsTop;
        var scopeDepth = _scopeDepth;
        try
        {
            return Check(value, method, -1, -1);
        }
        catch (InvalidOperationException e) when (IsIllFormedText(e))
        {
            // The methods it left did not restore what they had taken.
            _bitsTop = bitsTop;
            _scopeDepth = scopeDepth;
            return false;
        }
    }

    /// <summary>
    /// Back to collecting after an exception ended the run. The locations are kept when asked and they can be written
    /// (a property name on the way may be the string that is not well-formed); else the error is reported at the root.
    /// </summary>
    private void Collect(bool keepLocation)
    {
        _collecting = true;
        if (keepLocation && CanLocate())
        {
            return;
        }

        _instancePath.Clear();
        _keywordPath.Clear();
    }

    private bool CanLocate()
    {
        try
        {
            _ = InstanceLocation();
            return true;
        }
        catch (InvalidOperationException e) when (IsIllFormedText(e))
        {
            return false;
        }
    }

    /// <summary>
    /// JsonDocument accepts strings with invalid UTF-8 or lone surrogate escapes (<c>"\ud800"</c>) and only throws when
    /// one is read; such a value cannot satisfy a schema that looks at it, so it is reported as invalid, not thrown.
    /// </summary>
    private static bool IsIllFormedText(InvalidOperationException e)
        => e.Message.Contains("UTF-8", StringComparison.Ordinal) || e.Message.Contains("UTF-16", StringComparison.Ordinal);

    private void Reset()
    {
        _collecting = true;
        _scopeDepth = 0;
        _bitsTop = 0;
        _timedOut = false;
        _errors = null;
        _instancePath.Clear();
        _keywordPath.Clear();
    }

    // ---- dynamic scope ----

    /// <summary>Enters a schema resource that declares dynamic anchors.</summary>
    public void EnterResource(string uri)
    {
        if (_scopeDepth == _scope.Length)
        {
            Array.Resize(ref _scope, _scope.Length * 2);
        }

        _scope[_scopeDepth++] = uri;
    }

    /// <summary>Leaves the resource entered last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void LeaveResource() => _scopeDepth--;

    /// <summary>
    /// The index in <paramref name="candidates"/> of the outermost resource of the dynamic scope that is one of them,
    /// or -1 when none is in scope.
    /// </summary>
    public int FindDynamic(string[] candidates)
    {
        for (var depth = 0; depth < _scopeDepth; depth++)
        {
            var entry = _scope[depth];
            for (var i = 0; i < candidates.Length; i++)
            {
                if (ReferenceEquals(entry, candidates[i]) || string.Equals(entry, candidates[i], StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    // ---- evaluated properties and items (bit sets), for unevaluatedProperties and unevaluatedItems ----

    /// <summary>The top of the bit-set stack; a method that rents sets restores it when it returns.</summary>
    public int BitsTop
    {
        get => _bitsTop;
        set => _bitsTop = value;
    }

    /// <summary>A cleared set of <paramref name="count"/> bits; returns its handle.</summary>
    public int Rent(int count)
    {
        var words = (count + 63) >> 6;
        var handle = _bitsTop;
        var end = handle + 1 + words;
        if (end > _bits.Length)
        {
            Array.Resize(ref _bits, Math.Max(end, _bits.Length * 2));
        }

        _bits[handle] = (ulong)count;
        Array.Clear(_bits, handle + 1, words);
        _bitsTop = end;
        return handle;
    }

    /// <summary>A cleared set with as many bits as the set <paramref name="like"/>.</summary>
    public int RentLike(int like) => Rent((int)_bits[like]);

    /// <summary>A cleared set with a bit per property of <paramref name="instance"/>.</summary>
    public int RentProperties(JsonElement instance) => Rent(JsonRaw.PropertyCount(instance));

    /// <summary>A cleared set with a bit per item of <paramref name="instance"/>.</summary>
    public int RentItems(JsonElement instance) => Rent(instance.GetArrayLength());

    /// <summary>The number of properties of an object.</summary>
    public static int PropertyCount(JsonElement instance) => JsonRaw.PropertyCount(instance);

    /// <summary>A property's name as a JSON string value, for <c>propertyNames</c> (this allocates).</summary>
    public static JsonElement NameElement(JsonProperty property)
    {
        using var document = JsonDocument.Parse(QuoteJson(property.Name));
        return document.RootElement.Clone();
    }

    private static string QuoteJson(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var ch in value)
        {
            if (ch == '"' || ch == '\\' || ch < 0x20 || char.IsSurrogate(ch))
            {
                builder.Append("\\u").Append(((int)ch).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Marks <paramref name="index"/> as evaluated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Mark(int handle, int index) => _bits[handle + 1 + (index >> 6)] |= 1UL << index;

    /// <summary>Whether <paramref name="index"/> has been evaluated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsMarked(int handle, int index) => (_bits[handle + 1 + (index >> 6)] & (1UL << index)) != 0;

    /// <summary>Marks every index of the set.</summary>
    public void MarkAll(int handle)
    {
        var count = (int)_bits[handle];
        for (var i = 0; i < count; i++)
        {
            Mark(handle, i);
        }
    }

    /// <summary>Marks indexes from <paramref name="start"/> (inclusive) to <paramref name="end"/> (exclusive).</summary>
    public void MarkRange(int handle, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            Mark(handle, i);
        }
    }

    /// <summary>Adds the marks of <paramref name="source"/> to <paramref name="target"/> (sets of the same size).</summary>
    public void Merge(int target, int source)
    {
        var words = ((int)_bits[source] + 63) >> 6;
        for (var i = 1; i <= words; i++)
        {
            _bits[target + i] |= _bits[source + i];
        }
    }

    // ---- locations, recorded only while collecting ----

    /// <summary>Steps into a keyword of the schema (a segment of the evaluation path such as "/properties/a" or "/$ref").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterKeyword(string segment)
    {
        if (_collecting)
        {
            _keywordPath.Add(segment);
        }
    }

    /// <summary>Steps back out of the keyword entered last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void LeaveKeyword()
    {
        if (_collecting)
        {
            _keywordPath.RemoveAt(_keywordPath.Count - 1);
        }
    }

    /// <summary>Steps into the value of a property of the instance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterProperty(JsonProperty property)
    {
        if (_collecting)
        {
            _instancePath.Add(new PathSegment(property, -1));
        }
    }

    /// <summary>Steps into an item of the instance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterIndex(int index)
    {
        if (_collecting)
        {
            _instancePath.Add(new PathSegment(default, index));
        }
    }

    /// <summary>Steps back out of the property or item entered last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void LeaveInstance()
    {
        if (_collecting)
        {
            _instancePath.RemoveAt(_instancePath.Count - 1);
        }
    }

    // ---- errors ----

    /// <summary>How many errors have been recorded; applicators that may forgive failures (anyOf, not, …) remember it.</summary>
    public int ErrorCount => _errors?.Count ?? 0;

    /// <summary>Forgets the errors recorded after the first <paramref name="count"/>.</summary>
    public void TruncateErrors(int count)
    {
        if (_errors is not null && _errors.Count > count)
        {
            _errors.RemoveRange(count, _errors.Count - count);
        }
    }

    /// <summary>
    /// Records an error of the keyword at <paramref name="keywordPath"/>, a path below the schema being evaluated, whose own
    /// pointer in <paramref name="schemaFile"/> is <paramref name="schemaPointer"/> and whose absolute URI is <paramref name="schemaLocation"/>.
    /// </summary>
    public void Fail(string keyword, string keywordPath, string schemaFile, string schemaPointer, string schemaLocation, string message)
    {
        if (!_collecting)
        {
            return;
        }

        _errors ??= new List<ValidationError>();
        _errors.Add(new ValidationError(InstanceLocation(), keyword, KeywordLocation(keywordPath), schemaLocation + keywordPath, schemaFile, schemaPointer + keywordPath, message));
    }

    /// <summary>The evaluation path of the keyword at <paramref name="keywordPath"/> below the schema being evaluated.</summary>
    private string KeywordLocation(string keywordPath)
    {
        var path = _keywordPath;
        switch (path.Count)
        {
            case 0:
                return keywordPath;
            case 1:
                return string.Concat(path[0], keywordPath);
            case 2:
                return string.Concat(path[0], path[1], keywordPath);
        }

        var builder = _text.Clear();
        foreach (var segment in path)
        {
            builder.Append(segment);
        }

        return builder.Append(keywordPath).ToString();
    }

    /// <summary>The JSON pointer of the value being checked; property names are only read when an error needs them.</summary>
    private string InstanceLocation()
    {
        if (_instancePath.Count == 0)
        {
            return string.Empty;
        }

        var builder = _text.Clear();
        foreach (var segment in _instancePath)
        {
            builder.Append('/');
            if (segment.Index >= 0)
            {
                builder.Append(segment.Index);
            }
            else
            {
                AppendPointerToken(builder, segment.Property);
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends a property's name as a JSON pointer token, from its raw text when it has no escapes.</summary>
    private static void AppendPointerToken(StringBuilder builder, JsonProperty property)
    {
#if NET10_0_OR_GREATER
        // ASCII raw text without escapes or pointer characters is the token itself.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8PropertyName(property);
        if (System.Text.Ascii.IsValid(raw) && raw.IndexOfAny((byte)'\\', (byte)'~', (byte)'/') < 0)
        {
            foreach (var b in raw)
            {
                builder.Append((char)b);
            }

            return;
        }

#endif
        builder.Append(EscapePointerToken(property.Name));
    }

    /// <summary>A step into the instance: a property, or an item (<see cref="Index"/> ≥ 0).</summary>
    private readonly record struct PathSegment(JsonProperty Property, int Index);

    private static string EscapePointerToken(string token)
        => token.IndexOf('~') < 0 && token.IndexOf('/') < 0 ? token : token.Replace("~", "~0").Replace("/", "~1");
}
