using System.ComponentModel;
using System.Text.Json;

namespace Schemata;

/// <summary>
/// A generated method that checks one schema: the value, the context, and the caller's sets of evaluated
/// properties (<paramref name="properties"/>) and items (<paramref name="items"/>), -1 when nobody needs them.
/// </summary>
/// <returns>True when the value is valid against the schema.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool SchemaMethod(JsonElement instance, SchemaValidationContext context, int properties, int items);
