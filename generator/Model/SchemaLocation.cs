namespace Schemata.Generator.Model;

/// <summary>A schema's position: the file it is in and the JSON pointer to it ("" for the root).</summary>
internal readonly record struct SchemaLocation(string DocumentPath, string Pointer)
{
    public override string ToString() => DocumentPath + "#" + Pointer;
}
