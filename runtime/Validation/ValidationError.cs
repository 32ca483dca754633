using System;

namespace Schemata;

/// <summary>
/// One reason a JSON value is not valid against a schema: a unit of the JSON Schema "basic" output format,
/// plus where the failing keyword is written (file and JSON pointer) and a message for people.
/// </summary>
public sealed class ValidationError
{
    /// <summary>Creates an error; generated validators create them through <see cref="SchemaValidationContext"/>.</summary>
    public ValidationError(string instanceLocation, string keyword, string keywordLocation, string absoluteKeywordLocation, string schemaFile, string schemaPointer, string message)
    {
        InstanceLocation = instanceLocation;
        Keyword = keyword;
        KeywordLocation = keywordLocation;
        AbsoluteKeywordLocation = absoluteKeywordLocation;
        SchemaFile = schemaFile;
        SchemaPointer = schemaPointer;
        Message = message;
    }

    /// <summary>The JSON pointer of the failing value in the instance ("" for the whole document, "/items/0/name").</summary>
    public string InstanceLocation { get; }

    /// <summary>The keyword that failed (<c>minLength</c>, <c>required</c>, <c>false</c> for a schema that allows nothing, …).</summary>
    public string Keyword { get; }

    /// <summary>
    /// The evaluation path to the keyword, a JSON pointer that goes through references (<c>/properties/a/$ref/minLength</c>):
    /// the "basic" output format's <c>keywordLocation</c>.
    /// </summary>
    public string KeywordLocation { get; }

    /// <summary>The keyword's absolute URI (the schema resource's URI and a pointer fragment): the "basic" output format's <c>absoluteKeywordLocation</c>.</summary>
    public string AbsoluteKeywordLocation { get; }

    /// <summary>The schema file that declares the keyword, relative to the project that generated the validator.</summary>
    public string SchemaFile { get; }

    /// <summary>The JSON pointer of the keyword inside <see cref="SchemaFile"/>.</summary>
    public string SchemaPointer { get; }

    /// <summary>What is wrong, in words.</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString()
        => $"{(InstanceLocation.Length == 0 ? "(root)" : InstanceLocation)}: {Message} [{Keyword} at {SchemaFile}#{SchemaPointer}]";
}
