using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// An array schema whose only keywords are <c>type</c> and one subschema for every item (<c>items</c>), checked by the
/// runtime from data (not meant to be used directly). The item's subschema is described by flags as an entry of
/// <see cref="ObjectShape"/> is: the types it checks in place, or <see cref="ObjectShape.HasMethod"/> with the method
/// (<see cref="ObjectShape.ThroughRef"/>, <see cref="ObjectShape.Guarded"/>), or <see cref="ObjectShape.NotAllowed"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArrayShape : SchemaShape
{
    private readonly string _keyword;
    private readonly int _flags;
    private readonly SchemaMethod? _method;
    private string? _path;

    /// <param name="site">The array schema.</param>
    /// <param name="types">The schema's own <c>type</c>, or 0.</param>
    /// <param name="keyword">The keyword of the items' subschema (<c>items</c>, or <c>additionalItems</c>).</param>
    /// <param name="flags">What the items' subschema checks.</param>
    /// <param name="method">Its method, when <paramref name="flags"/> has <see cref="ObjectShape.HasMethod"/>.</param>
    public ArrayShape(SchemaSite site, int types, string keyword, int flags, SchemaMethod? method = null)
        : base(site, types)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        if (((flags & ObjectShape.HasMethod) != 0) != (method is not null))
        {
            throw new ArgumentException("A method when the flags say so, and only then.", nameof(method));
        }

        _keyword = keyword;
        _flags = flags;
        _method = method;
    }

    /// <inheritdoc/>
    protected override bool CheckValue(JsonElement instance, SchemaValidationContext context, int properties, int items)
        => CheckKind(instance, instance.ValueKind, context, properties, items);

    private protected override bool CheckKind(JsonElement instance, JsonValueKind kind, SchemaValidationContext context, int properties, int items)
    {
        if (kind != JsonValueKind.Array)
        {
            return true;
        }

        var types = _flags & 0x1FF;
        if (types == 0 && _method is null && (_flags & ObjectShape.NotAllowed) == 0)
        {
            // The items' subschema checks nothing: they are only evaluated.
            if (items >= 0)
            {
                context.MarkRange(items, 0, instance.GetArrayLength());
            }

            return true;
        }

        var ok = true;
        var k = 0;
        if (types != 0)
        {
            var mask = (types & 0xFF) | ((types >> 8) & 1);
            foreach (var item in instance.EnumerateArray())
            {
                if (items >= 0)
                {
                    context.Mark(items, k);
                }

                if (!SchemaTypes.Has(item, mask) && context.WrongTypeAt(ref ok, k, item, Path(), Site, SchemaTypes.Words(types)))
                {
                    return false;
                }

                k++;
            }

            return ok;
        }

        foreach (var item in instance.EnumerateArray())
        {
            if (items >= 0)
            {
                context.Mark(items, k);
            }

            if (!CheckItem(item, k, context) && context.Stop(ref ok))
            {
                return false;
            }

            k++;
        }

        return ok;
    }

    private bool CheckItem(JsonElement item, int index, SchemaValidationContext context)
    {
        var types = _flags & 0x1FF;
        var valid = true;
        if (types != 0)
        {
            if (SchemaValidationContext.HasType(item, (types & 0xFF) | ((types >> 8) & 1)))
            {
                return true;
            }

            context.WrongTypeAt(ref valid, index, item, Path(), Site, SchemaTypes.Words(types));
            return false;
        }

        if ((_flags & ObjectShape.NotAllowed) != 0)
        {
            if (context.Collecting)
            {
                context.FailAt(index, _keyword, Path(), Site, "the item " + index + " is not allowed (" + _keyword + " is false there)");
            }

            return false;
        }

        if (_method is not { } method)
        {
            return true;
        }

        if ((_flags & ObjectShape.Guarded) != 0)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }

        return context.Collecting ? context.Item(item, index, Path(), method) : method(item, context, -1, -1);
    }

    /// <summary>The keyword path of the items' check, made once.</summary>
    private string Path() => _path ??= "/" + _keyword + ((_flags & 0x1FF) != 0 ? "/type" : (_flags & ObjectShape.ThroughRef) != 0 ? "/$ref" : string.Empty);
}
