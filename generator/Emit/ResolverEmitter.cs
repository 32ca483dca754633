using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes one <c>SchemataJsonResolver</c> per namespace: an <c>IJsonTypeInfoResolver</c> over the generated
/// converters, for apps that turn reflection off or publish with Native AOT.
/// </summary>
internal static class ResolverEmitter
{
    // The resolver's own alias for System.Text.Json's metadata namespace: it names JsonTypeInfo<T> once per type.
    private const string Metadata = "SchemataJsonMetadata::";
    private const string Json = GeneratedCode.Json;

    /// <summary>Members the resolver has besides the per-type properties; a type named like one gets "TypeInfo" appended.</summary>
    private static readonly string[] OwnMembers = { "Default", "Options", "GetTypeInfo", "CreateOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "TypeInfoOf", "CreateInfo", "CreateModelInfo" };

    public static SourceText Emit(ResolverModel model)
    {
        // Room for what a type takes (its property and its GetTypeInfo test, about 140 characters and five times its name) at once: the
        // resolver of hundreds of types is the one file larger than a writer's pooled buffer, and growing it by doubling
        // allocated four times its size on the large object heap.
        var writer = new SourceWriter(2048 + model.Types.Sum(t => 140 + (5 * t.Name.Length)));
        GeneratedCode.WriteHeader(writer, model.Namespace, "using SchemataJsonMetadata = global::System.Text.Json.Serialization.Metadata;");
        writer.Lines($$"""
            /// <summary>
            /// Type information for the JSON types Schemata generated in this namespace. Use it where reflection is off
            /// (Native AOT, <c>JsonSerializerIsReflectionEnabledByDefault=false</c>):
            /// <c>JsonSerializer.Deserialize(json, SchemataJsonResolver.Default.SomeType)</c>, or add
            /// <see cref="Default"/> to <c>JsonSerializerOptions.TypeInfoResolverChain</c>.
            /// </summary>
            {{GeneratedCode.Attribute}}
            {{model.Accessibility}} sealed class SchemataJsonResolver : {{Metadata}}IJsonTypeInfoResolver
            {
                private {{Json}}JsonSerializerOptions? _options;

                /// <summary>The shared instance.</summary>
                public static SchemataJsonResolver Default { get; } = new();

                /// <summary>Read-only options that resolve every type of this namespace.</summary>
                public {{Json}}JsonSerializerOptions Options => _options ??= CreateOptions();
            """);
        writer.Indentation++;
        // The types are named simply: this class has no nested types or type parameters, and type names are looked up
        // among types only, so the name of a type in this namespace cannot be captured by a member of the same name.
        writer.Line();
        foreach (var type in model.Types)
        {
            var property = Array.IndexOf(OwnMembers, type.Name) >= 0 ? type.Name + "TypeInfo" : type.Name;
            writer.Line($"public {Metadata}JsonTypeInfo<{type.Name}> {property} => TypeInfoOf<{type.Name}>();");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {Metadata}JsonTypeInfo? GetTypeInfo(global::System.Type type, {Json}JsonSerializerOptions options)");
        writer.OpenBrace();
        foreach (var type in model.Types)
        {
            writer.Line(type.Kind == TypeKind.Enum
                ? $"if (type == typeof({type.Name})) return CreateInfo(options, new {type.Name}JsonConverter());"
                : $"if (type == typeof({type.Name})) return CreateModelInfo<{type.Name}>(options);");
        }

        writer.Line("return null;");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"private {Json}JsonSerializerOptions CreateOptions()");
        writer.OpenBrace();
        writer.Line($"var options = new {Json}JsonSerializerOptions {{ TypeInfoResolver = this }};");
        writer.Line("options.MakeReadOnly();");
        writer.Line("return options;");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"private {Metadata}JsonTypeInfo<T> TypeInfoOf<T>() => ({Metadata}JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        writer.Line();
        writer.Line($"private static {Metadata}JsonTypeInfo<T> CreateInfo<T>({Json}JsonSerializerOptions options, {Json}Serialization.JsonConverter<T> converter) => {Metadata}JsonMetadataServices.CreateValueInfo<T>(options, converter);");
        writer.Line();
        writer.Line($"private static {Metadata}JsonTypeInfo<T> CreateModelInfo<T>({Json}JsonSerializerOptions options) where T : Schemata::IJsonModel<T> => CreateInfo(options, new {GeneratedCode.Runtime}JsonModelConverter<T>());");
        writer.Indentation--;
        writer.Line("}");
        return writer.Finish();
    }
}
