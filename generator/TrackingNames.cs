namespace Schemata.Generator;

/// <summary>The names of the pipeline steps, so that tests can watch each one's caching.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Consumer = nameof(Consumer);
    public const string SchemaFiles = nameof(SchemaFiles);
    public const string ReadSchema = nameof(ReadSchema);
    public const string Documents = nameof(Documents);
    public const string IndexSchema = nameof(IndexSchema);
    public const string GraphInputs = nameof(GraphInputs);
    public const string Graph = nameof(Graph);
    public const string PlaceGraph = nameof(PlaceGraph);
    public const string GraphDiagnostics = nameof(GraphDiagnostics);
    public const string Slice = nameof(Slice);
    public const string BuildModels = nameof(BuildModels);
    public const string Types = nameof(Types);
    public const string Resolvers = nameof(Resolvers);
    public const string Files = nameof(Files);
}
