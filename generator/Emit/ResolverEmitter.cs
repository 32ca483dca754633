using System;
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
    private const string Metadata = "global::System.Text.Json.Serialization.Metadata.";

    /// <summary>Members the resolver has besides the per-type properties; a type named like one gets "TypeInfo" appended.</summary>
    private static readonly string[] OwnMembers = { "Default", "Options", "GetTypeInfo", "CreateOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "ReferenceEquals", "__Get", "__Info" };

    public static SourceText Emit(ResolverModel model)
    {
        // Room for what a type takes (a doc line, its property and its GetTypeInfo test, about 500 characters) at once: the
        // resolver of hundreds of types is the one file larger than a writer's pooled buffer, and growing it by doubling
        // allocated four times its size on the large object heap.
        var writer = new SourceWriter(2048 + (model.Types.Count * (560 + (2 * model.Namespace.Length))));
        GeneratedCode.WriteHeader(writer, model.Namespace);
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
                private global::System.Text.Json.JsonSerializerOptions? _options;

                /// <summary>The shared instance.</summary>
                public static SchemataJsonResolver Default { get; } = new();

                /// <summary>Read-only options that resolve every type of this namespace.</summary>
                public global::System.Text.Json.JsonSerializerOptions Options => _options ??= CreateOptions();
            """);
        writer.Indentation++;
        foreach (var type in model.Types)
        {
            var property = Array.IndexOf(OwnMembers, type.Name) >= 0 ? type.Name + "TypeInfo" : type.Name;
            var full = $"global::{model.Namespace}.{type.Name}";
            writer.Line();
            writer.Line($"/// <summary>The type information of <see cref=\"{full}\"/>.</summary>");
            writer.Line($"public {Metadata}JsonTypeInfo<{full}> {property} => __Get<{full}>();");
        }

        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line($"public {Metadata}JsonTypeInfo? GetTypeInfo(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options)");
        writer.OpenBrace();
        foreach (var type in model.Types)
        {
            var full = $"global::{model.Namespace}.{type.Name}";
            var converter = type.Kind == TypeKind.Enum ? $"global::{model.Namespace}.{type.Name}JsonConverter" : $"global::Schemata.Serialization.JsonModelConverter<{full}>";
            writer.Line($"if (type == typeof({full})) return __Info<{full}>(options, new {converter}());");
        }

        writer.Line("return null;");
        writer.CloseBrace();
        writer.Line();
        writer.Line("private global::System.Text.Json.JsonSerializerOptions CreateOptions()");
        writer.OpenBrace();
        writer.Line("var options = new global::System.Text.Json.JsonSerializerOptions { TypeInfoResolver = this };");
        writer.Line("options.MakeReadOnly();");
        writer.Line("return options;");
        writer.CloseBrace();
        writer.Line();
        writer.Line($"private {Metadata}JsonTypeInfo<T> __Get<T>() => ({Metadata}JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));");
        writer.Line();
        writer.Line($"private static {Metadata}JsonTypeInfo<T> __Info<T>(global::System.Text.Json.JsonSerializerOptions options, global::System.Text.Json.Serialization.JsonConverter<T> converter) => {Metadata}JsonMetadataServices.CreateValueInfo<T>(options, converter);");
        writer.Indentation--;
        writer.Line("}");
        return writer.Finish();
    }
}
