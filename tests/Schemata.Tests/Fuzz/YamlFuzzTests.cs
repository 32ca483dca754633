using System;
using System.Text;
using Schemata.Generator.Reading;
using Shouldly;
using Xunit;

namespace Schemata.Tests.Fuzz;

/// <summary>
/// YamlDotNet throws more than <c>YamlException</c> on some malformed input (an unclosed flow sequence gave an
/// InvalidOperationException, which became SCH013 until the reader caught it). Random edits of an OpenAPI document in
/// YAML must read as a tree or as problems (SCH019, SCH016), never as an exception. Deterministic: case i uses seed i.
/// </summary>
public class YamlFuzzTests
{
    private const string Document = """
        openapi: 3.0.3
        info: { title: "Pet Store", version: '1.0' }
        paths:
          /pets/{id}:
            get:
              operationId: get_pet
              parameters: [ { name: id, in: path, required: true, schema: { type: integer } } ]
              responses:
                '200':
                  description: |
                    The pet,
                    as stored.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Pet' }
        components:
          schemas:
            Base: &base
              type: object
              properties:
                id: { type: integer, minimum: 0, exclusiveMinimum: true }
            Pet:
              <<: *base
              required: [id, name]
              properties:
                name: >-
                  folded
                  text
                tags: [a, "b", 'c', 0x1F, .5, ~, yes]
        """;

    private const string Alphabet = "{}[]:,-'\"|>&*!#%@`?\n \t<<~0x.";

    [Fact]
    public void Random_edits_of_a_yaml_document_read_as_a_tree_or_as_problems_never_as_an_exception()
    {
        var failures = new StringBuilder();
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = new StringBuilder(Document);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at));
                        break;
                    case 1:
                        text.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    default:
                        text[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            try
            {
                var (root, problems) = YamlTreeReader.Read(text.ToString());
                if (root is null && problems.Count == 0 && text.ToString().Trim().Length > 0)
                {
                    failures.AppendLine($"case {seed}: no tree and no problem");
                }
            }
            catch (Exception e)
            {
                failures.AppendLine($"case {seed}: {e.GetType().Name}: {e.Message}");
            }
        }

        failures.ToString().ShouldBeEmpty();
    }
}
