using System;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata;

// The calling protocol of generated validators, in one place so that the generated code stays short: step into
// the keyword (and the property, item or resource), check the subschema, step back out. Locations are recorded only
// while collecting, and only into objects that fail a fast check first; fast checks just check.
public sealed partial class SchemaValidationContext
{
    /// <summary>
    /// How deep in the instance the collecting run still checks objects fast before stepping in. Every object on the
    /// way to an error fails its check and is checked again, so without a bound an error n levels down cost n² / 2
    /// checks; with it, a few passes. Deeper, the run collects as it goes.
    /// </summary>
    private const int FastCheckDepth = 8;

    /// <summary>Records that the schema failed; true when the caller should stop at once (the fast run).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Stop(ref bool valid)
    {
        valid = false;
        return !_collecting;
    }

    /// <summary>Checks the value of <paramref name="property"/> against the subschema at <paramref name="keywordPath"/>.</summary>
    public bool Property(JsonProperty property, string keywordPath, SchemaMethod method)
    {
        if (!_collecting)
        {
            return method(property.Value, this, -1, -1);
        }

        if (property.Value.ValueKind == JsonValueKind.Object && _instancePath.Count < FastCheckDepth && Passes(property.Value, method))
        {
            return true;
        }

        EnterKeyword(keywordPath);
        EnterProperty(property);
        var valid = method(property.Value, this, -1, -1);
        LeaveInstance();
        LeaveKeyword();
        return valid;
    }

    /// <summary>Checks the name of <paramref name="property"/> against the <c>propertyNames</c> subschema (this allocates the name).</summary>
    public bool PropertyName(JsonProperty property, string keywordPath, SchemaMethod method)
    {
        EnterKeyword(keywordPath);
        EnterProperty(property);
        var valid = method(NameElement(property), this, -1, -1);
        LeaveInstance();
        LeaveKeyword();
        return valid;
    }

    /// <summary>Checks item <paramref name="index"/> against the subschema at <paramref name="keywordPath"/>.</summary>
    public bool Item(JsonElement item, int index, string keywordPath, SchemaMethod method)
    {
        if (!_collecting)
        {
            return method(item, this, -1, -1);
        }

        if (item.ValueKind == JsonValueKind.Object && _instancePath.Count < FastCheckDepth && Passes(item, method))
        {
            return true;
        }

        EnterKeyword(keywordPath);
        EnterIndex(index);
        var valid = method(item, this, -1, -1);
        LeaveInstance();
        LeaveKeyword();
        return valid;
    }

    /// <summary>Checks the same value against a subschema in place (allOf, $ref, …), passing the evaluated sets on.</summary>
    public bool Apply(JsonElement instance, string keywordPath, SchemaMethod method, int properties, int items)
    {
        if (!_collecting)
        {
            return method(instance, this, properties, items);
        }

        EnterKeyword(keywordPath);
        var valid = method(instance, this, properties, items);
        LeaveKeyword();
        return valid;
    }

    /// <summary>Like <see cref="Apply"/>, for a subschema in another resource that declares dynamic anchors: the resource joins the dynamic scope meanwhile.</summary>
    public bool ApplyIn(string resource, JsonElement instance, string keywordPath, SchemaMethod method, int properties, int items)
    {
        EnterResource(resource);
        var valid = Apply(instance, keywordPath, method, properties, items);
        LeaveResource();
        return valid;
    }

    /// <summary>
    /// Whether <paramref name="value"/> has one of <paramref name="types"/>: 1 null, 2 boolean, 4 object, 8 array,
    /// 16 number, 32 string, 64 integer (a number with no fractional part), 128 integer as written (no fraction or
    /// exponent in the text, as draft 4 judges it).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasType(JsonElement value, int types) => value.ValueKind switch
    {
        JsonValueKind.Null => (types & 1) != 0,
        JsonValueKind.True or JsonValueKind.False => (types & 2) != 0,
        JsonValueKind.Object => (types & 4) != 0,
        JsonValueKind.Array => (types & 8) != 0,
        JsonValueKind.String => (types & 32) != 0,
        JsonValueKind.Number => (types & 16) != 0
            || ((types & 64) != 0 && JsonNumbers.IsInteger(value))
            || ((types & 128) != 0 && JsonNumbers.IsWrittenAsInteger(value)),
        _ => false,
    };
}
