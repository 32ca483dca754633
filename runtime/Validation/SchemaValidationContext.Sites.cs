using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata;

// The checks of generated code, each one line there: the schema's location is one SchemaSite, and the messages are
// made here, only while collecting.
public sealed partial class SchemaValidationContext
{
    /// <summary>Records an error of the keyword at <paramref name="keywordPath"/> below the schema at <paramref name="site"/>.</summary>
    public void Fail(string keyword, string keywordPath, SchemaSite site, string message)
    {
        if (_collecting)
        {
            var (absolute, pointer) = site.KeywordLocations(keywordPath);
            _errors ??= new List<ValidationError>();
            _errors.Add(new ValidationError(InstanceLocation(), keyword, KeywordLocation(keywordPath), absolute, site.File, pointer, message));
        }
    }

    /// <summary>Records a failure located at a property of the value being checked.</summary>
    public void FailAt(JsonProperty property, string keyword, string keywordPath, SchemaSite site, string message)
    {
        EnterProperty(property);
        Fail(keyword, keywordPath, site, message);
        LeaveInstance();
    }

    /// <summary>Records a failure located at an item of the value being checked.</summary>
    public void FailAt(int index, string keyword, string keywordPath, SchemaSite site, string message)
    {
        EnterIndex(index);
        Fail(keyword, keywordPath, site, message);
        LeaveInstance();
    }

    /// <summary>Records that the schema failed with a fixed message; true when the caller should stop at once (the fast run).</summary>
    public bool Failed(ref bool valid, string keyword, string keywordPath, SchemaSite site, string message)
    {
        valid = false;
        if (!_collecting)
        {
            return true;
        }

        Fail(keyword, keywordPath, site, message);
        return false;
    }

    /// <summary>
    /// Records that <paramref name="value"/> is not allowed by <paramref name="keyword"/> (at <c>/keyword</c>), with the
    /// message "<c>value</c><paramref name="rest"/>"; true when the caller should stop at once.
    /// </summary>
    public bool Rejected(ref bool valid, JsonElement value, string keyword, SchemaSite site, string rest)
    {
        valid = false;
        if (!_collecting)
        {
            return true;
        }

        Fail(keyword, "/" + keyword, site, Describe(value) + rest);
        return false;
    }

    /// <summary>
    /// The <c>type</c> keyword in one call: unless <paramref name="value"/> has one of <paramref name="types"/>
    /// (<see cref="HasType"/>), records "must be <paramref name="expected"/>, not …"; true when the caller should stop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TypeFails(ref bool valid, JsonElement value, int types, string keywordPath, SchemaSite site, string expected)
        => !HasType(value, types) && WrongType(ref valid, value, keywordPath, site, expected);

    /// <summary>As <see cref="TypeFails(ref bool, JsonElement, int, string, SchemaSite, string)"/>, for the value of <paramref name="property"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TypeFailsAt(ref bool valid, JsonProperty property, int types, string keywordPath, SchemaSite site, string expected)
        => !HasType(property.Value, types) && WrongTypeAt(ref valid, property, keywordPath, site, expected);

    /// <summary>As <see cref="TypeFails(ref bool, JsonElement, int, string, SchemaSite, string)"/>, for the item at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TypeFailsAt(ref bool valid, int index, JsonElement item, int types, string keywordPath, SchemaSite site, string expected)
        => !HasType(item, types) && WrongTypeAt(ref valid, index, item, keywordPath, site, expected);

    /// <summary>Records that <paramref name="value"/> has the wrong type; true when the caller should stop.</summary>
    public bool WrongType(ref bool valid, JsonElement value, string keywordPath, SchemaSite site, string expected)
    {
        valid = false;
        if (!_collecting)
        {
            return true;
        }

        Fail("type", keywordPath, site, "must be " + expected + ", not " + TypeOf(value));
        return false;
    }

    /// <summary>As <see cref="WrongType(ref bool, JsonElement, string, SchemaSite, string)"/>, for the value of <paramref name="property"/>.</summary>
    public bool WrongTypeAt(ref bool valid, JsonProperty property, string keywordPath, SchemaSite site, string expected)
    {
        valid = false;
        if (!_collecting)
        {
            return true;
        }

        FailAt(property, "type", keywordPath, site, "must be " + expected + ", not " + TypeOf(property.Value));
        return false;
    }

    /// <summary>As <see cref="WrongType(ref bool, JsonElement, string, SchemaSite, string)"/>, for the item at <paramref name="index"/>.</summary>
    public bool WrongTypeAt(ref bool valid, int index, JsonElement item, string keywordPath, SchemaSite site, string expected)
    {
        valid = false;
        if (!_collecting)
        {
            return true;
        }

        FailAt(index, "type", keywordPath, site, "must be " + expected + ", not " + TypeOf(item));
        return false;
    }

    /// <summary>
    /// The <c>required</c> keyword for one word of found bits: records, for every bit of <paramref name="required"/>
    /// missing from <paramref name="found"/>, that the property <paramref name="names"/> holds at that index (64 ×
    /// <paramref name="word"/> + bit) is missing; true when the caller should stop.
    /// </summary>
    public bool Missing(ref bool valid, PropertyNameTable names, int word, ulong found, ulong required, SchemaSite site)
    {
        System.ArgumentNullException.ThrowIfNull(names);
        var missing = required & ~found;
        if (missing == 0)
        {
            return false;
        }

        valid = false;
        if (!_collecting)
        {
            return true;
        }

        for (var bit = 0; bit < 64; bit++)
        {
            if ((missing & (1UL << bit)) != 0)
            {
                Fail("required", "/required", site, "the required property \"" + names[(word * 64) + bit] + "\" is missing");
            }
        }

        return false;
    }
}
