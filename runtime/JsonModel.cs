using System;
using System.Text.Json;
using Schemata.Serialization;
using Schemata;

namespace Schemata.Extensions;

/// <summary>
/// Reads, writes and validates the types Schemata generates. With C# 14 these are members of the types themselves
/// (<c>Order.FromJson(json)</c>, <c>order.ToJson()</c>, <c>Order.Validate(json)</c>, <c>order.Validate()</c>); with
/// earlier versions call them here (<c>JsonModel.FromJson&lt;Order&gt;(json)</c>, <c>order.ToJson()</c>).
/// The generator adds <c>global using global::Schemata.Extensions;</c> to the project, so that they are in scope
/// everywhere; this namespace holds nothing else.
/// </summary>
public static class JsonModel
{
    /// <summary>Writes <paramref name="value"/> as JSON text, properties in schema order.</summary>
    /// <exception cref="JsonException">The value cannot be written (a required property is null, say); the message and <c>Path</c> say where.</exception>
    public static string ToJson<T>(this T value, bool indented = false)
        where T : IJsonModel<T>
        => JsonDocumentIO.ToJson<T, T>(value, indented);

    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON, properties in schema order.</summary>
    /// <exception cref="JsonException">The value cannot be written (a required property is null, say); the message and <c>Path</c> say where.</exception>
    public static byte[] ToJsonUtf8<T>(this T value, bool indented = false)
        where T : IJsonModel<T>
        => JsonDocumentIO.ToUtf8<T, T>(value, indented);

    /// <summary>
    /// Validates <paramref name="value"/> as the JSON it writes: every keyword applies, those the C# type cannot hold
    /// (<c>minLength</c>, <c>pattern</c>, <c>minimum</c>...) included.
    /// </summary>
    public static SchemaValidationResult Validate<T>(this T value)
        where T : IJsonModel<T>, ISchemaValidated<T>
        => SchemaValidationContext.RunWritten(JsonDocumentIO.ToUtf8<T, T>(value, false), Validators<T>.Run, T.SchemaResource);

    /// <summary>The static members C# 14 adds to every generated type.</summary>
    extension<T>(T)
        where T : IJsonModel<T>
    {
        /// <summary>Reads a <typeparamref name="T"/> from JSON text.</summary>
        /// <exception cref="JsonException">The JSON is malformed or does not fit the schema; the message and <c>Path</c> say where.</exception>
        public static T FromJson(string json) => JsonDocumentIO.Parse<T, T>(json);

        /// <summary>Reads a <typeparamref name="T"/> from UTF-8 JSON.</summary>
        /// <exception cref="JsonException">The JSON is malformed or does not fit the schema; the message and <c>Path</c> say where.</exception>
        public static T FromJson(ReadOnlySpan<byte> utf8Json) => JsonDocumentIO.Parse<T, T>(utf8Json);
    }

    /// <summary>The static validation members C# 14 adds to every generated type that validates.</summary>
    extension<T>(T)
        where T : ISchemaValidated<T>
    {
        /// <summary>Validates a JSON value against the schema of <typeparamref name="T"/>.</summary>
        /// <returns>Valid, or every error with its instance location, keyword and schema location.</returns>
        public static SchemaValidationResult Validate(JsonElement instance) => SchemaValidationContext.Run(instance, Validators<T>.Run, T.SchemaResource);

        /// <summary>Validates UTF-8 JSON text against the schema of <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">The text is not valid JSON.</exception>
        public static SchemaValidationResult Validate(ReadOnlyMemory<byte> utf8Json) => SchemaValidationContext.Run(utf8Json, Validators<T>.Run, T.SchemaResource);

        /// <summary>Validates JSON text against the schema of <typeparamref name="T"/>.</summary>
        /// <exception cref="JsonException">The text is not valid JSON.</exception>
        public static SchemaValidationResult Validate(string json) => SchemaValidationContext.Run(json, Validators<T>.Run, T.SchemaResource);
    }

    private static class Validators<T>
        where T : ISchemaValidated<T>
    {
        public static readonly SchemaValidator Run = static (i, c) => T.Evaluate(i, c, -1, -1);
    }
}
