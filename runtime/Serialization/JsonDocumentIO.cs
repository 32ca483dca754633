using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>Entry points for reading and writing whole documents with a generated handler, without reflection.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class JsonDocumentIO
{
    /// <summary>Reads one JSON document of type <typeparamref name="T"/>, with errors that carry the JSON path.</summary>
    public static T Parse<T, THandler>(ReadOnlySpan<byte> utf8Json, int maxDepth = 64)
        where THandler : IJsonHandler<T>
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read())
            {
                throw new JsonException("The JSON document is empty.");
            }

            var value = THandler.ReadValue(ref reader);
            if (reader.Read())
            {
                throw new JsonException("The JSON document has more after its value.");
            }

            return value;
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
    }

    /// <summary>Reads one JSON document from text (transcoded to UTF-8 in a pooled buffer).</summary>
    public static T Parse<T, THandler>(string json)
        where THandler : IJsonHandler<T>
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(json, 0, json.Length, buffer, 0);
            return Parse<T, THandler>(new ReadOnlySpan<byte>(buffer, 0, length));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes a value as UTF-8 JSON; a value that cannot be written is a <see cref="JsonException"/> with its path.</summary>
    public static byte[] ToUtf8<T, THandler>(T value, bool indented = false)
        where THandler : IJsonHandler<T>
    {
        var (buffer, writer) = PooledWriter.Rent(indented);
        try
        {
            THandler.WriteValue(writer, value);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
        finally
        {
            PooledWriter.Return(buffer, writer, indented);
        }
    }

    /// <summary>Writes a value as JSON text; a value that cannot be written is a <see cref="JsonException"/> with its path.</summary>
    public static string ToJson<T, THandler>(T value, bool indented = false)
        where THandler : IJsonHandler<T>
    {
        var (buffer, writer) = PooledWriter.Rent(indented);
        try
        {
            THandler.WriteValue(writer, value);
            writer.Flush();
            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
        finally
        {
            PooledWriter.Return(buffer, writer, indented);
        }
    }

    /// <summary>Writes with a generated handler from inside a <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>, completing the path of any error.</summary>
    public static void Write<T, THandler>(Utf8JsonWriter writer, T value)
        where THandler : IJsonHandler<T>
    {
        try
        {
            THandler.WriteValue(writer, value);
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
    }

    /// <summary>Reads with a generated handler from inside a <see cref="System.Text.Json.Serialization.JsonConverter{T}"/>, completing the path of any error.</summary>
    public static T Read<T, THandler>(ref Utf8JsonReader reader)
        where THandler : IJsonHandler<T>
    {
        try
        {
            return THandler.ReadValue(ref reader);
        }
        catch (Exception e) when (JsonPath.IsReadError(e))
        {
            throw JsonPath.Complete(e);
        }
    }
}
