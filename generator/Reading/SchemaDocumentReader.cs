using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Reading;

/// <summary>
/// Reads one schema file into a <see cref="SchemaDocument"/>: parses the JSON, works out the draft and the base URI,
/// and decides whether the file is a JSON Schema at all (a <c>stylecop.json</c> among the additional files is not).
/// </summary>
internal static class SchemaDocumentReader
{
    /// <summary>Parses and reads a file in one go (the pipeline does it in two steps; see <see cref="Parse"/>).</summary>
    public static SchemaDocument Read(string path, string? text, FileOptions file, GeneratorOptions options)
        => Read(Parse(path, PathHelpers.Relative(path, options.ProjectDirectory), file, text), options);

    /// <summary>
    /// The expensive half of reading: the JSON tree and its problems, which depend on the file alone. A file the compiler
    /// could not give has no tree, and the reason why.
    /// </summary>
    public static ParsedSchema Parse(Result<SchemaFileInput> input)
        => input.Diagnostics.IsEmpty
            ? Parse(input.Value.Path, input.Value.DisplayPath, input.Value.Options, input.Value.Text?.ToString())
            : Unparsed(input.Value, input.Diagnostics);

    /// <summary>A file whose reading failed: no tree, and why.</summary>
    public static ParsedSchema Unparsed(SchemaFileInput input, EquatableArray<DiagnosticInfo> failure)
        => new(input.Path, input.DisplayPath, input.Options, null, failure);

    /// <summary>A document whose reading failed: no tree, the project's namespace and draft, and why.</summary>
    public static SchemaDocument Unread(ParsedSchema parsed, GeneratorOptions options, DiagnosticInfo failure)
        => new()
        {
            Path = parsed.Path,
            DisplayPath = parsed.DisplayPath,
            BaseUri = PathHelpers.ToFileUri(parsed.Path),
            Namespace = options.Namespace,
            Dialect = options.DefaultDialect,
            Root = null,
            Diagnostics = new EquatableArray<DiagnosticInfo>(new[] { failure }),
        };

    private static ParsedSchema Parse(string path, string displayPath, FileOptions file, string? text)
    {
        if (text is null)
        {
            var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, new LocationInfo(path, SourceSpan.None), displayPath, "the file could not be read");
            return new ParsedSchema(path, displayPath, file, null, new EquatableArray<DiagnosticInfo>(new[] { unreadable }));
        }

        var yaml = IsYaml(path);
        var (root, problems) = yaml ? YamlTreeReader.Read(text) : JsonTreeReader.Read(text);
        var diagnostics = new List<DiagnosticInfo>(problems.Count);
        foreach (var problem in problems)
        {
            var location = new LocationInfo(path, problem.Span);
            diagnostics.Add(problem.Kind switch
            {
                JsonReadProblemKind.TooDeep => DiagnosticInfo.Create(DiagnosticDescriptors.NestingTooDeep, location, displayPath, problem.Message),
                JsonReadProblemKind.DuplicateKey => DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateKey, location, problem.Message),
                _ when yaml => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidYaml, location, displayPath, problem.Message),
                _ => DiagnosticInfo.Create(DiagnosticDescriptors.InvalidJson, location, displayPath, problem.Message),
            });
        }

        return new ParsedSchema(path, displayPath, file, root, diagnostics.ToEquatableArray());
    }

    /// <summary>Whether a file is read as YAML (<c>.yaml</c>, <c>.yml</c>) rather than JSON.</summary>
    public static bool IsYaml(string path)
        => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cheap half: applies the options, works out the draft and base URI, and checks that the JSON is a schema.</summary>
    public static SchemaDocument Read(ParsedSchema parsed, GeneratorOptions options)
    {
        var path = parsed.Path;
        var file = parsed.Options;
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        var displayPath = parsed.DisplayPath;
        var baseUri = BaseUriOf(path, file.BaseUri);
        var ns = string.IsNullOrWhiteSpace(file.Namespace) ? options.Namespace : file.Namespace!.Trim();
        var typeName = string.IsNullOrWhiteSpace(file.TypeName) ? null : file.TypeName!.Trim();

        SchemaDocument Result(JsonNode? root, SchemaDialect dialect)
            => new() { Path = path, DisplayPath = displayPath, BaseUri = baseUri, Namespace = ns, TypeName = typeName, Dialect = dialect, Root = root, Diagnostics = diagnostics.ToEquatableArray(), StrictEnums = file.StrictEnums ?? options.StrictEnums };

        var root = parsed.Root;
        if (root is null)
        {
            return Result(null, options.DefaultDialect);
        }

        if (root.IsBoolean)
        {
            return Result(root, options.DefaultDialect);
        }

        if (!root.IsObject)
        {
            var kind = root.Kind.ToString().ToLowerInvariant();
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotASchema, path, root.Span, displayPath, $"its root is {Article(kind)} {kind}, where a schema is an object or a boolean"));
            return Result(null, options.DefaultDialect);
        }

        var dialect = options.DefaultDialect;
        if (root.TryGetMember("$schema", out var schemaMember))
        {
            if (!schemaMember.Value.IsString)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.WrongKeywordType, path, schemaMember.Value.Span, "$schema", "a URI string"));
            }
            else if (Dialects.FromUri(schemaMember.Value.Text) is { } known)
            {
                dialect = known;
            }
            else if (!HasSchemaKeyword(root, dialect))
            {
                // A file whose $schema names something else (stylecop.json, a VS Code settings file) is data described by a schema, not a schema.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotASchema, path, schemaMember.Value.Span, displayPath, $"its $schema '{schemaMember.Value.Text}' is not a JSON Schema draft and it uses no JSON Schema keyword"));
                return Result(null, dialect);
            }
        }
        else if (root.Members.Count > 0 && !HasSchemaKeyword(root, dialect))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotASchema, path, root.Members[0].NameSpan, displayPath, "it uses no JSON Schema keyword"));
            return Result(null, dialect);
        }

        return Result(root, dialect);
    }

    private static bool HasSchemaKeyword(JsonNode root, SchemaDialect dialect)
    {
        foreach (var member in root.Members)
        {
            if (member.Name != "$schema" && dialect.IsKnownKeyword(member.Name) && !member.Name.StartsWith("x-", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Article(string word) => word.Length > 0 && "aeiou".IndexOf(word[0]) >= 0 ? "an" : "a";

    /// <summary>The file's own URI, or the one its <c>SchemataBaseUri</c> metadata gives.</summary>
    public static string BaseUriOf(string path, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured) && Uri.TryCreate(configured!.Trim(), UriKind.Absolute, out var uri))
        {
            return uri.AbsoluteUri;
        }

        return PathHelpers.ToFileUri(path);
    }
}
