using System;
using System.Collections.Generic;
using Schemata.Generator.Diagnostics;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Reading;

namespace Schemata.Generator.OpenApi;

/// <summary>The versions of OpenAPI whose schema objects differ.</summary>
internal enum OpenApiVersion
{
    Swagger20,
    OpenApi30,
    OpenApi31,
}

/// <summary>
/// The read step for every additional file (docs/openapi.md, "Which files are read"):
/// <list type="bullet">
/// <item>a <c>.json</c>, <c>.yaml</c> or <c>.yml</c> file whose root has an <c>openapi</c> or <c>swagger</c> key is an OpenAPI
/// document: its schemas (<see cref="OpenApiSchemaLocator"/>) get types, in a namespace of their own;</item>
/// <item>any other <c>.yaml</c>/<c>.yml</c> file is a file OpenAPI documents may refer to: its schemas get types, references
/// into it resolve, and it is never reported for not being a schema (a YAML file among the additional files may be
/// anything);</item>
/// <item>any other <c>.json</c> file is a JSON Schema (<see cref="SchemaDocumentReader"/>).</item>
/// </list>
/// </summary>
internal static class OpenApiDocumentReader
{
    /// <summary>The dialect OpenAPI 3.1 documents declare by default (its schema objects are JSON Schema 2020-12 with OpenAPI's vocabulary).</summary>
    public const string OpenApi31Dialect = "https://spec.openapis.org/oas/3.1/dialect/base";

    public static SchemaDocument Read(ParsedSchema parsed, GeneratorOptions options)
    {
        var root = parsed.Root;
        if (root is { IsObject: true } && (root["openapi"] is not null || root["swagger"] is not null))
        {
            return ReadDocument(parsed, root, options);
        }

        return SchemaDocumentReader.IsYaml(parsed.Path) ? ReadReferencedFile(parsed, options) : SchemaDocumentReader.Read(parsed, options);
    }

    private static SchemaDocument ReadDocument(ParsedSchema parsed, JsonNode root, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        var versionNode = root["openapi"] ?? root["swagger"]!;
        var versionText = versionNode.IsString || versionNode.IsNumber ? versionNode.Text! : string.Empty;
        OpenApiVersion? version = root["openapi"] is not null
            ? versionText.StartsWith("3.0", StringComparison.Ordinal) ? OpenApiVersion.OpenApi30 : versionText.StartsWith("3.", StringComparison.Ordinal) ? OpenApiVersion.OpenApi31 : null
            : versionText.StartsWith("2", StringComparison.Ordinal) ? OpenApiVersion.Swagger20 : null;
        var document = Base(parsed, options, diagnostics) with { Namespace = NamespaceOf(parsed, root, options) };
        if (version is not { } known)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotASchema, parsed.Path, versionNode.Span, parsed.DisplayPath, $"it is an OpenAPI document of version '{versionText}', where Schemata reads 2.0, 3.0 and 3.1"));
            return document with { Root = null, Diagnostics = diagnostics.ToEquatableArray() };
        }

        var dialect = SchemaDialect.Draft202012;
        if (known == OpenApiVersion.OpenApi31)
        {
            // jsonSchemaDialect names the default $schema of the document's schema objects; OpenAPI's own dialect is 2020-12.
            if (root.GetString("jsonSchemaDialect") is { } declared && Dialects.FromUri(declared) is { } named)
            {
                dialect = named;
            }
        }
        else
        {
            root = SchemaObjectTranslator.Translate(root);
        }

        var prefix = parsed.Options.TypePrefix ?? options.TypePrefix;
        var operations = parsed.Options.OpenApiOperations ?? options.OpenApiOperations;
        var entries = OpenApiSchemaLocator.InDocument(root, known, operations, prefix);
        return document with { Root = root, Dialect = dialect, Entries = entries.ToEquatableArray(), Diagnostics = diagnostics.ToEquatableArray() };
    }

    /// <summary>
    /// A YAML file that is not an OpenAPI document: one such a document refers to. Its schema objects are read as OpenAPI
    /// 3.0's (a file has no version of its own; 3.1's are unchanged by it) in 2020-12, unless its root names a <c>$schema</c>.
    /// </summary>
    private static SchemaDocument ReadReferencedFile(ParsedSchema parsed, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>(parsed.Diagnostics);
        var document = Base(parsed, options, diagnostics);
        if (parsed.Root is not { } root)
        {
            return document;
        }

        root = SchemaObjectTranslator.Translate(root);
        if (root.IsObject && (root["$schema"] is { IsString: true } || OpenApiSchemaLocator.LooksLikeSchema(root)))
        {
            // Its root is a schema (droplet.yml): read as a JSON Schema file is, named by its title or file name.
            var dialect = root.GetString("$schema") is { } declared && Dialects.FromUri(declared) is { } named ? named : SchemaDialect.Draft202012;
            return document with { Root = root, Dialect = dialect };
        }

        var prefix = parsed.Options.TypePrefix ?? options.TypePrefix;
        var operations = parsed.Options.OpenApiOperations ?? options.OpenApiOperations;
        var entries = OpenApiSchemaLocator.InFragment(root, PathHelpers.Stem(parsed.Path), operations, prefix);
        return document with { Root = root, Entries = entries.ToEquatableArray() };
    }

    private static SchemaDocument Base(ParsedSchema parsed, GeneratorOptions options, List<DiagnosticInfo> diagnostics)
        => new()
        {
            Path = parsed.Path,
            DisplayPath = parsed.DisplayPath,
            BaseUri = SchemaDocumentReader.BaseUriOf(parsed.Path, parsed.Options.BaseUri),
            Namespace = string.IsNullOrWhiteSpace(parsed.Options.Namespace) ? options.Namespace : parsed.Options.Namespace!.Trim(),
            TypeName = string.IsNullOrWhiteSpace(parsed.Options.TypeName) ? null : parsed.Options.TypeName!.Trim(),
            Dialect = SchemaDialect.Draft202012,
            Root = null,
            StrictEnums = parsed.Options.StrictEnums ?? options.StrictEnums,
            Diagnostics = diagnostics.ToEquatableArray(),
        };

    /// <summary>
    /// An OpenAPI document's types get a namespace of their own, so that two documents in one project (two APIs, or two
    /// versions of one) do not fight over names: the project's namespace and the document's <c>info.title</c> in PascalCase
    /// (else its file name). The file's <c>SchemataNamespace</c> metadata names it instead.
    /// </summary>
    private static string NamespaceOf(ParsedSchema parsed, JsonNode root, GeneratorOptions options)
    {
        if (!string.IsNullOrWhiteSpace(parsed.Options.Namespace))
        {
            return parsed.Options.Namespace!.Trim();
        }

        var title = root["info"]?.GetString("title") is { } t ? Identifier.ToPascalCase(t) : string.Empty;
        if (title.Length == 0 || title.Length > 100)
        {
            title = Identifier.ToPascalCase(PathHelpers.Stem(parsed.Path), "Api");
        }

        return Identifier.ToNamespace(options.Namespace + "." + title, options.Namespace);
    }
}
