using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Schemata.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Schemata.Tests.OpenApi;

/// <summary>OpenAPI documents as input (docs/openapi.md): which schemas get types, references within and across files, the dialects.</summary>
public class OpenApiDocumentTests
{
    private const string Root = GeneratorHarness.ProjectDir + "schemas/";

    private const string PetStore30 = """
        openapi: 3.0.3
        info:
          title: Pet Store
          version: "1.0"
        paths:
          /pets:
            get:
              operationId: list_pets
              parameters:
                - name: filter
                  in: query
                  schema:
                    type: object
                    properties:
                      kind: { type: string }
              responses:
                "200":
                  description: the pets
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          pets:
                            type: array
                            items: { $ref: '#/components/schemas/Pet' }
                          next: { type: string, nullable: true }
                "404":
                  description: no pets
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Error' }
            post:
              operationId: createPet
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      required: [code, message]
                      properties:
                        code: { type: integer }
                        message: { type: string }
              responses:
                "201":
                  description: created
        components:
          schemas:
            Pet:
              type: object
              required: [id, name]
              properties:
                id: { type: integer, format: int64 }
                name: { type: string }
                tag: { type: string, nullable: true }
                weight: { type: number, minimum: 0, exclusiveMinimum: true }
                owner: { $ref: '#/components/parameters/Owner/schema' }
            Error:
              type: object
              required: [code, message]
              properties:
                code: { type: integer }
                message: { type: string }
          parameters:
            Owner:
              name: owner
              in: query
              schema:
                type: object
                properties:
                  name: { type: string }
        """;

    [Fact]
    public void A_yaml_3_0_document_gives_a_type_per_component_and_per_inline_operation_schema()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Root + "petstore.yaml", PetStore30) });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        var names = run.TypeHintNames.ToList();
        names.ShouldContain("Consumer.PetStore.Pet.g.cs");
        names.ShouldContain("Consumer.PetStore.Error.g.cs");
        names.ShouldContain("Consumer.PetStore.ListPetsResponse.g.cs");
        names.ShouldContain("Consumer.PetStore.ListPetsFilterParameter.g.cs");
        // The request body equals the Error component, so it is that component: no type of its own.
        names.ShouldNotContain("Consumer.PetStore.CreatePetRequest.g.cs");
        run.Source("Consumer.PetStore.ListPetsResponse.g.cs").ShouldContain("ValueList<global::Consumer.PetStore.Pet>");
        run.Source("Consumer.PetStore.Pet.g.cs").ShouldContain("string? Tag");
    }

    [Fact]
    public void Operations_can_be_turned_off_and_types_prefixed()
    {
        var run = GeneratorHarness.Run(
            new[] { new SchemaFile(Root + "petstore.yaml", PetStore30) },
            new Dictionary<string, string> { ["SchemataOpenApiOperations"] = "false", ["SchemataTypePrefix"] = "api" });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.TypeHintNames.Where(n => !n.Contains(".ApiPet", StringComparison.Ordinal)).ShouldBe(new[] { "Consumer.PetStore.ApiError.g.cs" }, ignoreOrder: true);
    }

    [Fact]
    public void The_namespace_comes_from_the_title_else_the_file_name_else_the_files_metadata()
    {
        var untitled = PetStore30.Replace("  title: Pet Store\n", string.Empty, StringComparison.Ordinal);
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile(Root + "pet-store-v2.yaml", untitled),
            new SchemaFile(Root + "other.yaml", PetStore30, new Dictionary<string, string> { ["SchemataNamespace"] = "Other.Api" }),
        });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.TypeHintNames.ShouldContain("Consumer.PetStoreV2.Pet.g.cs");
        run.TypeHintNames.ShouldContain("Other.Api.Pet.g.cs");
    }

    [Fact]
    public void A_3_0_boolean_exclusive_minimum_is_validated_as_exclusive()
    {
        using var compiled = CompiledSchemas.Compile(new[] { new SchemaFile(Root + "petstore.yaml", PetStore30) });
        var validate = compiled.ValidatorFor("schemas/petstore.yaml", "/components/schemas/Pet");

        Validate(validate, """{"id": 1, "name": "a", "weight": 0}""").IsValid.ShouldBeFalse();
        Validate(validate, """{"id": 1, "name": "a", "weight": 0.5, "tag": null}""").IsValid.ShouldBeTrue();
        Validate(validate, """{"id": 1}""").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_swagger_2_0_document_reads_definitions_x_nullable_and_body_parameters()
    {
        const string Swagger = """
            {
              "swagger": "2.0",
              "info": { "title": "Slackish", "version": "1" },
              "paths": {
                "/chat.post": {
                  "post": {
                    "operationId": "chat.postMessage",
                    "parameters": [ { "name": "body", "in": "body", "schema": { "type": "object", "properties": { "text": { "type": "string" } } } } ],
                    "responses": { "200": { "description": "ok", "schema": { "type": "object", "properties": { "ok": { "type": "boolean" }, "message": { "$ref": "#/definitions/message" } } } } }
                  }
                }
              },
              "definitions": {
                "message": {
                  "type": "object",
                  "discriminator": "kind",
                  "required": ["kind"],
                  "properties": {
                    "kind": { "type": "string" },
                    "edited": { "type": "string", "x-nullable": true },
                    "upload": { "type": "file" },
                    "count": { "type": "integer", "maximum": 10, "exclusiveMaximum": true }
                  }
                }
              }
            }
            """;
        using var compiled = CompiledSchemas.Compile(new[] { new SchemaFile(Root + "slack.json", Swagger) });
        var run = compiled.Run;

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.TypeHintNames.ShouldBe(new[] { "Consumer.Slackish.Message.g.cs", "Consumer.Slackish.ChatPostMessageRequest.g.cs", "Consumer.Slackish.ChatPostMessageResponse.g.cs" }, ignoreOrder: true);
        run.Source("Consumer.Slackish.ChatPostMessageResponse.g.cs").ShouldContain("global::Consumer.Slackish.Message? Message");
        var validate = compiled.ValidatorFor("schemas/slack.json", "/definitions/message");
        Validate(validate, """{"kind": "a", "edited": null, "count": 9}""").IsValid.ShouldBeTrue();
        Validate(validate, """{"kind": "a", "count": 10}""").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void A_3_1_document_is_2020_12_and_honours_json_schema_dialect()
    {
        const string Document = """
            {
              "openapi": "3.1.0",
              "info": { "title": "Discordish", "version": "1" },
              "jsonSchemaDialect": "http://json-schema.org/draft-07/schema#",
              "components": { "schemas": {
                "User": { "type": "object", "required": ["id"], "properties": { "id": { "type": "string" }, "nick": { "type": ["string", "null"] } }, "items": [ { "type": "string" } ] },
                "Guild": { "type": "object", "properties": { "owner": { "$ref": "#/components/schemas/User" }, "size": { "type": "integer", "exclusiveMinimum": 0 } } }
              } }
            }
            """;
        using var compiled = CompiledSchemas.Compile(new[] { new SchemaFile(Root + "discord.json", Document) });
        var run = compiled.Run;

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        // Draft 7 knows array-form items; 2020-12 would report it (SCH006).
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        run.Source("Consumer.Discordish.User.g.cs").ShouldContain("string? Nick");
        var validate = compiled.ValidatorFor("schemas/discord.json", "/components/schemas/Guild");
        Validate(validate, """{"size": 0}""").IsValid.ShouldBeFalse();
        Validate(validate, """{"size": 1, "owner": {"id": "x"}}""").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void References_to_other_files_resolve_yaml_and_json_mixed()
    {
        const string Document = """
            openapi: 3.0.0
            info: { title: Cloud, version: "2" }
            paths:
              /v2/droplets:
                get:
                  $ref: 'resources/droplets/droplets_list.yml'
            components:
              schemas:
                Account:
                  type: object
                  properties:
                    droplet: { $ref: 'resources/droplets/models/droplet.yml' }
                    page: { $ref: 'shared/pages.yml#/pagination' }
                    region: { $ref: 'shared/region.json' }
            """;
        const string Operation = """
            operationId: droplets_list
            summary: List All Droplets
            responses:
              '200':
                $ref: 'responses/all_droplets.yml'
            """;
        const string Response = """
            description: A JSON object with a key of `droplets`.
            content:
              application/json:
                schema:
                  allOf:
                    - type: object
                      properties:
                        droplets:
                          type: array
                          items:
                            $ref: '../models/droplet.yml'
                    - $ref: '../../../shared/pages.yml#/pagination'
            """;
        const string Droplet = """
            type: object
            properties:
              id: { type: integer }
              size: { $ref: '../../../shared/pages.yml#/links/properties/pages' }
            """;
        const string Pages = """
            pagination:
              type: object
              properties:
                links: { $ref: '#/links' }
            links:
              type: object
              properties:
                pages: { type: object, properties: { next: { type: string } } }
            example_page:
              value: { links: { pages: { next: "x" } } }
            """;
        const string Region = """{ "type": "object", "properties": { "slug": { "type": "string" } } }""";
        var run = GeneratorHarness.Run(new[]
        {
            new SchemaFile(Root + "DigitalOcean-public.v2.yaml", Document),
            new SchemaFile(Root + "resources/droplets/droplets_list.yml", Operation),
            new SchemaFile(Root + "resources/droplets/responses/all_droplets.yml", Response),
            new SchemaFile(Root + "resources/droplets/models/droplet.yml", Droplet),
            new SchemaFile(Root + "shared/pages.yml", Pages),
            new SchemaFile(Root + "shared/region.json", Region),
        });

        run.CompilationProblems.ShouldBeEmpty(run.Describe());
        run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(run.Describe());
        var account = run.Source("Consumer.Cloud.Account.g.cs");
        account.ShouldContain("global::Consumer.Droplet? Droplet");
        account.ShouldContain("global::Consumer.Pagination? Page");
        account.ShouldContain("global::Consumer.Region? Region");
        run.TypeHintNames.ShouldContain("Consumer.AllDropletsResponse.g.cs");
        run.Source("Consumer.Droplet.g.cs").ShouldContain("global::Consumer.LinksPages? Size");
        run.TypeHintNames.ShouldNotContain("Consumer.ExamplePage.g.cs");
    }

    [Fact]
    public void An_unknown_openapi_version_is_reported()
    {
        var run = GeneratorHarness.Run(new[] { new SchemaFile(Root + "future.yaml", "openapi: 4.0.0\ninfo: { title: x, version: '1' }\n") });

        var warning = run.Diagnostics("SCH002").ShouldHaveSingleItem();
        warning.GetMessage().ShouldContain("version '4.0.0'");
        warning.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(0, 9));
    }

    private static Schemata.SchemaValidationResult Validate(Func<JsonElement, Schemata.SchemaValidationResult> validate, string json)
    {
        using var document = JsonDocument.Parse(json);
        return validate(document.RootElement);
    }
}
