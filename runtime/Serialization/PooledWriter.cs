using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Schemata.Serialization;

/// <summary>One buffer and writer per thread, reused across ToJson calls, so that writing allocates only the result.</summary>
internal static class PooledWriter
{
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_indented;

    public static (System.Buffers.ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Rent(bool indented)
    {
        // Taken out of the slots while in use, so that a nested call (a ToJson inside a custom converter) gets its own.
        var buffer = t_buffer ?? new System.Buffers.ArrayBufferWriter<byte>(1024);
        t_buffer = null;
        Utf8JsonWriter writer;
        if (indented)
        {
            writer = t_indented ?? new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
            t_indented = null;
        }
        else
        {
            writer = t_writer ?? new Utf8JsonWriter(buffer);
            t_writer = null;
        }

        writer.Reset(buffer);
        return (buffer, writer);
    }

    public static void Return(System.Buffers.ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer, bool indented)
    {
        // Very large buffers are let go rather than kept alive by the thread.
        if (buffer.Capacity > 1024 * 1024)
        {
            return;
        }

        buffer.ResetWrittenCount();
        t_buffer = buffer;
        if (indented)
        {
            t_indented = writer;
        }
        else
        {
            t_writer = writer;
        }
    }
}
