using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// The outcome of validating a JSON value: <see cref="IsValid"/> and, when it is not, every error found.
/// <see cref="WriteTo"/> writes it in the JSON Schema "basic" output format. The result of a valid value is
/// one shared instance, so validating a valid value allocates nothing.
/// </summary>
public sealed class SchemaValidationResult
{
    private static readonly ValidationError[] NoErrors = Array.Empty<ValidationError>();

    private SchemaValidationResult(IReadOnlyList<ValidationError> errors)
    {
        Errors = errors;
    }

    /// <summary>The result of every valid value.</summary>
    public static SchemaValidationResult Valid { get; } = new(NoErrors);

    /// <summary>True when the value satisfies the schema.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>The errors, in the order they were found; empty when <see cref="IsValid"/>.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>A result with these errors; an empty list means valid.</summary>
    public static SchemaValidationResult FromErrors(IReadOnlyList<ValidationError> errors)
        => errors.Count == 0 ? Valid : new SchemaValidationResult(errors);

    /// <summary>
    /// Writes the result in the JSON Schema "basic" output format:
    /// <c>{"valid": false, "errors": [{"keywordLocation", "absoluteKeywordLocation", "instanceLocation", "error"}]}</c>,
    /// each error also carrying <c>keyword</c>, <c>schemaFile</c> and <c>schemaPointer</c>.
    /// </summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteBoolean("valid", IsValid);
        if (!IsValid)
        {
            writer.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                writer.WriteStartObject();
                writer.WriteString("keywordLocation", error.KeywordLocation);
                writer.WriteString("absoluteKeywordLocation", error.AbsoluteKeywordLocation);
                writer.WriteString("instanceLocation", error.InstanceLocation);
                writer.WriteString("error", error.Message);
                writer.WriteString("keyword", error.Keyword);
                writer.WriteString("schemaFile", error.SchemaFile);
                writer.WriteString("schemaPointer", error.SchemaPointer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>The result in the "basic" output format (see <see cref="WriteTo"/>), indented.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <inheritdoc/>
    public override string ToString()
    {
        if (IsValid)
        {
            return "valid";
        }

        var builder = new StringBuilder();
        builder.Append("invalid (").Append(Errors.Count).Append(Errors.Count == 1 ? " error)" : " errors)");
        foreach (var error in Errors)
        {
            builder.AppendLine().Append("  ").Append(error);
        }

        return builder.ToString();
    }
}
