using System;
using System.IO;
using System.Text.Json;

namespace Schemata.Sample;

/// <summary>A file the sample was asked to read: its text if it is JSON, else why it cannot be used.</summary>
internal sealed record PayloadFile(string DisplayPath, string? Json, string? Problem)
{
    /// <summary>Reads a file and checks that it holds one JSON value (strict JSON: no comments, no trailing commas).</summary>
    public static PayloadFile Read(string path, string displayPath)
    {
        if (Directory.Exists(path))
        {
            return Fail(displayPath, $"{displayPath} is a folder, not a file.");
        }

        if (!File.Exists(path))
        {
            return Fail(displayPath, $"{displayPath} does not exist (looked for {Path.GetFullPath(path)}).");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(displayPath, $"{displayPath} cannot be read: {e.Message}");
        }

        if (bytes.Length == 0)
        {
            return Fail(displayPath, $"{displayPath} is empty: it is not JSON.");
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            // LineNumber and BytePositionInLine count from 0; people count from 1.
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : string.Empty;
            return Fail(displayPath, $"{displayPath} is not JSON{where}: {WithoutPosition(e.Message)}");
        }

        return new PayloadFile(displayPath, System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), null);
    }

    private static PayloadFile Fail(string displayPath, string problem) => new(displayPath, null, problem);

    /// <summary>
    /// System.Text.Json ends its messages with "LineNumber: 6 | BytePositionInLine: 2.", which the sample says in
    /// words, and some with advice for programmers ("Change the reader options."), which a user cannot act on.
    /// </summary>
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (index < 0 ? message : message[..index]).Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
        return text.TrimEnd(' ', '|', '.') + ".";
    }
}
