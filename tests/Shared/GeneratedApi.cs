using System;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Schemata.Extensions;

namespace Schemata.Testing;

/// <summary>
/// The entry points of a generated type found by reflection, for tests that walk every type of an assembly: records,
/// unions and tuples have theirs in the runtime (<see cref="JsonModel"/>, over the type's interfaces); validation-only
/// classes (enum companions, schemas without a type) declare their own static <c>Validate</c>.
/// </summary>
internal static class GeneratedApi
{
    private static MethodInfo Generic(string name, params Type[] parameters)
        => typeof(JsonModel).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Select(p => p.ParameterType.IsGenericParameter ? "T" : p.ParameterType.FullName)
                .SequenceEqual(parameters.Select(p => p.IsGenericMethodParameter ? "T" : p.FullName)));

    private static bool Implements(Type type, Type generic)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic && i.GetGenericArguments()[0] == type);

    /// <summary>Whether the type reads and writes JSON itself (a record, union, tuple or mixed enum).</summary>
    public static bool IsModel(Type type) => Implements(type, typeof(IJsonModel<>));

    /// <summary><c>T.FromJson(string)</c>, or null for a type that is not a model.</summary>
    public static Func<string, object>? FromJson(Type type)
    {
        if (!IsModel(type))
        {
            return null;
        }

        var method = Generic("FromJson", typeof(string)).MakeGenericMethod(type);
        return json => Invoke(method, null, json);
    }

    /// <summary><c>value.ToJson(indented)</c>.</summary>
    public static string ToJson(object value, bool indented = false)
        => (string)Invoke(Generic("ToJson", Type.MakeGenericMethodParameter(0), typeof(bool)).MakeGenericMethod(ModelOf(value.GetType())), null, value, indented);

    /// <summary>The generated type a value is: itself, or the union a case belongs to.</summary>
    private static Type ModelOf(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (IsModel(t))
            {
                return t;
            }
        }

        return type;
    }

    /// <summary><c>value.Validate()</c>.</summary>
    public static SchemaValidationResult ValidateValue(object value)
        => (SchemaValidationResult)Invoke(Generic("Validate", Type.MakeGenericMethodParameter(0)).MakeGenericMethod(value.GetType()), null, value);

    /// <summary><c>T.Validate(JsonElement)</c> (public, or an enum companion's internal one), or null when the type does not validate.</summary>
    public static Func<JsonElement, SchemaValidationResult>? Validate(Type type)
    {
        if (type.GetMethod("Validate", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, new[] { typeof(JsonElement) }) is { } own)
        {
            return own.CreateDelegate<Func<JsonElement, SchemaValidationResult>>();
        }

        return Implements(type, typeof(ISchemaValidated<>))
            ? Generic("Validate", typeof(JsonElement)).MakeGenericMethod(type).CreateDelegate<Func<JsonElement, SchemaValidationResult>>()
            : null;
    }

    private static object Invoke(MethodInfo method, object? target, params object[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
