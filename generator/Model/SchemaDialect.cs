namespace Schemata.Generator.Model;

/// <summary>The JSON Schema drafts Schemata understands. A file picks one with <c>$schema</c>.</summary>
internal enum SchemaDialect
{
    Draft4 = 4,
    Draft6 = 6,
    Draft7 = 7,
    Draft201909 = 2019,
    Draft202012 = 2020,
}
