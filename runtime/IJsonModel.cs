using System.ComponentModel;
using System.Text.Json;
using Schemata.Extensions;
using Schemata.Serialization;

namespace Schemata;

/// <summary>
/// A type Schemata generated from a schema: it reads and writes itself as JSON without reflection. The entry points
/// are <see cref="JsonModel"/>'s: <c>Order.FromJson(json)</c>, <c>order.ToJson()</c> (C# 14), or
/// <c>JsonModel.FromJson&lt;Order&gt;(json)</c> and <c>JsonModel.ToJson(order)</c> (any C# version).
/// </summary>
/// <typeparam name="TSelf">The generated type itself.</typeparam>
public interface IJsonModel<TSelf> : IJsonHandler<TSelf>
    where TSelf : IJsonModel<TSelf>
{
}

/// <summary>A generated record: a JSON object with declared properties.</summary>
/// <typeparam name="TSelf">The generated record itself.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IJsonObjectModel<TSelf> : IJsonModel<TSelf>
    where TSelf : IJsonObjectModel<TSelf>
{
    /// <summary>The declared property names, in the order the generated code numbers them.</summary>
    static abstract PropertyNameTable JsonNames { get; }
}

/// <summary>
/// A generated type that validates JSON against its schema: <c>Order.Validate(json)</c>, <c>order.Validate()</c>
/// (C# 14), or <c>JsonModel.Validate&lt;Order&gt;(json)</c>.
/// </summary>
/// <typeparam name="TSelf">The generated type itself.</typeparam>
public interface ISchemaValidated<TSelf>
    where TSelf : ISchemaValidated<TSelf>
{
    /// <summary>
    /// Checks <paramref name="instance"/> against the type's schema (for generated code): <paramref name="properties"/>
    /// and <paramref name="items"/> are the caller's sets of evaluated properties and items, -1 when nobody needs them.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static abstract bool Evaluate(JsonElement instance, SchemaValidationContext context, int properties, int items);

    /// <summary>The URI of the schema resource the type's schema belongs to, when it has one.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual string? SchemaResource => null;

    /// <summary>
    /// The check of a subschema of the type's schema that other generated types refer to (a <c>$ref</c> target), by the
    /// name generated code gives it; null for any other name.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    static virtual SchemaMethod? Subschema(string name) => null;
}
