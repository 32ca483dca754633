using System.ComponentModel;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The schema check of a generated type, as a method that other generated code can name (not meant to be used
/// directly): a type's own check is an explicit implementation of <see cref="ISchemaValidated{TSelf}.Evaluate"/>, so
/// that nothing of validation shows on the type.
/// </summary>
/// <typeparam name="T">The generated type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class SchemaOf<T>
    where T : ISchemaValidated<T>
{
    /// <summary>Checks <paramref name="instance"/> against <typeparamref name="T"/>'s schema.</summary>
    /// <param name="instance">The value.</param>
    /// <param name="context">The run.</param>
    /// <param name="properties">The caller's set of evaluated properties, -1 when nobody needs it.</param>
    /// <param name="items">The caller's set of evaluated items, -1 when nobody needs it.</param>
    public static bool Evaluate(JsonElement instance, SchemaValidationContext context, int properties, int items)
        => T.Evaluate(instance, context, properties, items);

    /// <summary>The check of the subschema of <typeparamref name="T"/>'s schema that generated code calls <paramref name="name"/>.</summary>
    /// <param name="name">The name the generator gave the subschema's method.</param>
    /// <exception cref="System.ArgumentException"><typeparamref name="T"/> hands out no subschema of that name (a generator bug, or
    /// <typeparamref name="T"/>'s validation code could not be generated: the build reported SCH013).</exception>
    public static SchemaMethod Subschema(string name)
        => T.Subschema(name) ?? throw new System.ArgumentException($"{typeof(T)} hands out no subschema check named {name} (did the build report SCH013 for it?)", nameof(name));
}
