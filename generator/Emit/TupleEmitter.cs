using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Schemata.Generator.Helpers;
using Schemata.Generator.Model;
using Schemata.Generator.Typing;

namespace Schemata.Generator.Emit;

/// <summary>
/// Writes a tuple (<c>prefixItems</c>, array-form <c>items</c>): a positional record with one parameter per declared
/// element (optional ones last, defaulting to null), a <c>Rest</c> list for the items after them unless the schema
/// forbids any, value equality, and a converter that reads and writes a JSON array.
/// </summary>
internal static class TupleEmitter
{
    private const string Json = GeneratedCode.Json;
    private const string Runtime = GeneratedCode.Runtime;

    /// <summary>The field that remembers the number of items read; element names are PascalCase, so it cannot collide.</summary>
    private const string ReadLength = "_readLength";

    /// <summary>The type's file, in a writer that more code of the same file can follow.</summary>
    public static SourceWriter Write(TypeModel type)
    {
        var tuple = type.Tuple!;
        var writer = new SourceWriter();
        GeneratedCode.WriteHeader(writer, type.Namespace);
        DocComment.WriteSummary(writer, type.Summary);
        for (var i = 0; i < tuple.Elements.Count; i++)
        {
            WriteParam(writer, tuple.Elements[i], i);
        }

        GeneratedCode.WriteTypeAttributes(writer, type);
        writer.Line(GeneratedCode.ConverterAttribute(type));
        writer.Line($"{type.Accessibility} partial record {type.Name}(");
        writer.Indentation++;
        for (var i = 0; i < tuple.Elements.Count; i++)
        {
            var element = tuple.Elements[i];
            var optional = element.IsRequired ? string.Empty : " = null";
            writer.Line($"{element.TypeSyntax} {element.Name}{optional}{(i == tuple.Elements.Count - 1 ? ") : " + GeneratedCode.ModelInterface(type, "IJsonModel") : ",")}");
        }

        writer.Indentation--;
        writer.OpenBrace();
        var members = tuple.Elements.Select(e => new EqualityMember(e.Type, e.TypeSyntax, e.Name)).ToList();
        if (tuple.Rest is { } rest)
        {
            writer.Line("/// <summary>");
            writer.Line("/// The items after the declared ones, in order; null when there are none. They are written back after the");
            writer.Line("/// declared ones, so that nothing is lost.");
            writer.Line("/// </summary>");
            writer.Line($"public global::System.Collections.Generic.IReadOnlyList<{rest.AnnotatedSyntax}>? {TupleModelBuilder.RestName} {{ get; init; }}");
            writer.Line();
            members.Add(new EqualityMember(TypeRef.ListOf(rest), string.Empty, TupleModelBuilder.RestName));
        }

        if (tuple.TracksLength)
        {
            writer.Line("// How many items the array was read with: a null optional item inside it is written back as null.");
            writer.Line($"private int {ReadLength};");
            writer.Line();
            // Two values are equal when they write the same array: [1] differs from [1, null].
            members.Add(new EqualityMember(TypeRef.Int32, "int", "itemCount(this)", HashIt: false, OtherAccess: "itemCount(other)"));
        }

        writer.Line();
        EqualityEmitter.Write(writer, type, members);
        writer.Line();
        var printed = tuple.Elements.Select(e => new PrintEmitter.PrintMember(e.Name, PrintEmitter.PrintKind.Value)).ToList();
        if (tuple.Rest is not null)
        {
            printed.Add(new PrintEmitter.PrintMember(TupleModelBuilder.RestName, PrintEmitter.PrintKind.IfSet));
        }

        PrintEmitter.Write(writer, printed, "protected virtual", derived: false);
        writer.Line();
        WriteConverter(writer, type);
        writer.CloseBrace();
        return writer;
    }

    /// <summary>Every element gets a <c>param</c> tag: the compiler wants all or none (CS1573).</summary>
    private static void WriteParam(SourceWriter writer, TupleElementModel element, int index)
    {
        var text = element.Summary ?? $"The item at index {index.ToString(CultureInfo.InvariantCulture)}.";
        if (!element.IsRequired)
        {
            text += " Optional: null when the array ends before it.";
        }

        var lines = DocComment.Lines(text);
        if (lines.Length == 1)
        {
            writer.Line($"/// <param name=\"{element.Name}\">{lines[0]}</param>");
            return;
        }

        writer.Line($"/// <param name=\"{element.Name}\">");
        foreach (var line in lines)
        {
            writer.Line(line.Length == 0 ? "///" : "/// " + line);
        }

        writer.Line("/// </param>");
    }

    private static void WriteConverter(SourceWriter writer, TypeModel type)
        => GeneratedCode.WriteHandler(writer, type, WriteRead, WriteWrite);

    private static void WriteRead(SourceWriter writer, TypeModel type)
    {
        var tuple = type.Tuple!;
        var elements = tuple.Elements;
        var name = GeneratedCode.Literal(type.Name);
        writer.Line(GeneratedCode.ReadSignature(type));
        writer.OpenBrace();
        writer.Line($"{Runtime}JsonObjectReader.BeginArray(ref reader);");
        writer.Line();
        for (var i = 0; i < elements.Count; i++)
        {
            writer.Line($"{elements[i].TypeSyntax} v{i} = default{(elements[i].IsNullable || elements[i].Type.IsValueType ? string.Empty : "!")};");
        }

        if (tuple.Rest is { } rest)
        {
            writer.Line($"global::System.Collections.Generic.List<{rest.AnnotatedSyntax}>? rest = null;");
        }

        writer.Line("var count = 0;");
        writer.Line("try");
        writer.OpenBrace();
        writer.Line($"while (reader.Read() && reader.TokenType != {Json}JsonTokenType.EndArray)");
        writer.OpenBrace();
        writer.Line("switch (count)");
        writer.OpenBrace();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var read = $"{Handlers.Plain(element.Type)}.ReadValue(ref reader)";
            writer.Line($"case {i}:");
            writer.Indentation++;
            // A null is accepted only where the schema admits it; elsewhere the reader refuses it ("expected a number, found null").
            writer.Line(element.ReadsNull ? $"v{i} = reader.TokenType == {Json}JsonTokenType.Null ? null : {read};" : $"v{i} = {read};");
            writer.Line("break;");
            writer.Indentation--;
        }

        writer.Line("default:");
        writer.Indentation++;
        if (tuple.Rest is { } restType)
        {
            writer.Line($"(rest ??= new global::System.Collections.Generic.List<{restType.AnnotatedSyntax}>()).Add({Handlers.Of(restType)}.ReadValue(ref reader));");
            writer.Line("break;");
        }
        else
        {
            writer.Line($"throw {Runtime}JsonReadErrors.TooManyItems({name}, {elements.Count.ToString(CultureInfo.InvariantCulture)});");
        }

        writer.Indentation--;
        writer.CloseBrace();
        writer.Line();
        writer.Line("count++;");
        writer.CloseBrace();
        writer.CloseBrace();
        writer.Line($"catch (global::System.Exception e) when ({Runtime}JsonPath.Add(e, count))");
        writer.OpenBrace();
        writer.Line("// Not reached: the filter adds the index to the error's path and lets the error pass.");
        writer.Line("throw;");
        writer.CloseBrace();
        writer.Line();
        var required = tuple.RequiredCount;
        if (required > 0)
        {
            var names = string.Join(", ", elements.Take(required).Select(e => e.Name));
            writer.Line($"if (count < {required.ToString(CultureInfo.InvariantCulture)})");
            writer.OpenBrace();
            writer.Line($"throw {Runtime}JsonReadErrors.TooFewItems(count, {required.ToString(CultureInfo.InvariantCulture)}, {name}, {GeneratedCode.Literal(names)});");
            writer.CloseBrace();
            writer.Line();
        }

        var arguments = string.Join(", ", Enumerable.Range(0, elements.Count).Select(i => "v" + i.ToString(CultureInfo.InvariantCulture)));
        var initializers = new List<string>();
        if (tuple.Rest is not null)
        {
            initializers.Add($"{TupleModelBuilder.RestName} = rest");
        }

        if (tuple.TracksLength)
        {
            initializers.Add($"{ReadLength} = count");
        }

        writer.Line(initializers.Count == 0 ? $"return new {type.FullName}({arguments});" : $"return new {type.FullName}({arguments}) {{ {string.Join(", ", initializers)} }};");
        writer.CloseBrace();
    }

    /// <summary>
    /// How many declared items a value writes: up to the last optional one that is set (or that was read as null,
    /// where the schema admits null), and all of them when rest items follow. A JSON array has no gaps.
    /// </summary>
    private static void WriteLength(SourceWriter writer, TypeModel type)
    {
        var tuple = type.Tuple!;
        var elements = tuple.Elements;
        var terms = new List<string>();
        if (tuple.Rest is not null)
        {
            terms.Add($"value.{TupleModelBuilder.RestName} is {{ Count: > 0 }} ? {elements.Count.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var i = elements.Count - 1; i >= tuple.RequiredCount; i--)
        {
            var present = $"value.{elements[i].Name} is not null";
            if (elements[i].ReadsNull)
            {
                present = $"({present} || value.{ReadLength} > {i.ToString(CultureInfo.InvariantCulture)})";
            }

            terms.Add($"{present} ? {(i + 1).ToString(CultureInfo.InvariantCulture)}");
        }

        // Named in camelCase, which no element's name is.
        writer.Line($"private static int itemCount({type.FullName} value)");
        writer.Indentation++;
        writer.Line($"=> {string.Join(" : ", terms)} : {tuple.RequiredCount.ToString(CultureInfo.InvariantCulture)};");
        writer.Indentation--;
    }

    private static void WriteWrite(SourceWriter writer, TypeModel type)
    {
        var tuple = type.Tuple!;
        var elements = tuple.Elements;
        var required = tuple.RequiredCount;
        // The declared items in order, up to the last one that is set, then the rest.
        writer.Line(GeneratedCode.WriteSignature(type));
        writer.OpenBrace();
        if (required < elements.Count)
        {
            writer.Line("var length = itemCount(value);");
        }

        writer.Line("writer.WriteStartArray();");
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var access = $"value.{element.Name}";
            var local = $"p{i}";
            var index = i.ToString(CultureInfo.InvariantCulture);
            var write = Handlers.WriteItem(element.Type, orNull: false, index, local);
            if (element.IsRequired)
            {
                if (element.ReadsNull)
                {
                    WriteOrElse(writer, access, local, write, "writer.WriteNullValue();");
                }
                else if (element.Type.IsValueType)
                {
                    writer.Line(Handlers.WriteItem(element.Type, orNull: false, index, access));
                }
                else
                {
                    writer.Line(Handlers.WriteItem(element.Type, orNull: false, index, $"{Runtime}ObjectWriter.Required({access}, {GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(element.Name)})"));
                }

                continue;
            }

            writer.Line($"if (length > {i.ToString(CultureInfo.InvariantCulture)})");
            writer.OpenBrace();
            WriteOrElse(
                writer,
                access,
                local,
                write,
                element.Type.Nullable
                    ? "writer.WriteNullValue();"
                    : $"throw {Runtime}JsonObjectWriter.MissingItem({GeneratedCode.Literal(type.Name)}, {GeneratedCode.Literal(element.Name)});");
            writer.CloseBrace();
        }

        if (tuple.Rest is { } rest)
        {
            writer.Line($"if (value.{TupleModelBuilder.RestName} is {{ }} rest)");
            writer.OpenBrace();
            writer.Line("for (var i = 0; i < rest.Count; i++)");
            writer.OpenBrace();
            writer.Line(Handlers.WriteItem(rest, orNull: true, $"{elements.Count.ToString(CultureInfo.InvariantCulture)} + i", "rest[i]"));
            writer.CloseBrace();
            writer.CloseBrace();
        }

        writer.Line("writer.WriteEndArray();");
        writer.CloseBrace();
        if (required < elements.Count)
        {
            writer.Line();
            WriteLength(writer, type);
        }
    }

    private static void WriteOrElse(SourceWriter writer, string access, string local, string write, string otherwise)
    {
        writer.Line($"if ({access} is {{ }} {local})");
        writer.OpenBrace();
        writer.Line(write);
        writer.CloseBrace();
        writer.Line("else");
        writer.OpenBrace();
        writer.Line(otherwise);
        writer.CloseBrace();
    }
}
