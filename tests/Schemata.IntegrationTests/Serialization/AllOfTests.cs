using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

/// <summary>
/// allOf as records (schemas/examples/staff.json, with its base in staff/person.json): derived records read, write,
/// check and compare their base's properties with their own; merged records hold every branch's properties.
/// </summary>
public class AllOfTests
{
    private const string PersonId = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private const string Ada = $$$"""{"id":"{{{PersonId}}}","name":"Ada","nickname":null,"born":"1815-12-10","employee_number":7,"email":"ada@example.com","full_time":false,"desk":{"floor":3,"room":"3.14"}}""";

    [Fact]
    public void Derived_records_derive_from_their_base_across_files_and_declare_only_what_they_add()
    {
        typeof(Employee).BaseType.ShouldBe(typeof(Person));
        typeof(Manager).BaseType.ShouldBe(typeof(Employee));
        typeof(StaffLead).BaseType.ShouldBe(typeof(Employee));
        Declared(typeof(Employee)).ShouldBe(new[] { "Desk", "Email", "EmployeeNumber", "FullTime" });
        Declared(typeof(Manager)).ShouldBe(new[] { "Budget", "Reports" });

        // Not sound, so merged: two bases, a base property made required, a base property declared again, a closed record.
        foreach (var merged in new[] { typeof(Visitor), typeof(Contractor), typeof(Intern), typeof(Auditor), typeof(TimesheetEntry) })
        {
            merged.BaseType.ShouldBe(typeof(object), merged.Name);
        }
    }

    [Fact]
    public void A_derived_record_reads_and_writes_its_base_properties_first()
    {
        var employee = Employee.FromJson(Ada);

        employee.Id.ShouldBe(Guid.Parse(PersonId));
        employee.Name.ShouldBe("Ada");
        employee.Nickname.ShouldBeNull();
        employee.Born.ShouldBe(new DateOnly(1815, 12, 10));
        employee.EmployeeNumber.ShouldBe(7);
        employee.FullTime.ShouldBeFalse();
        employee.Desk!.Floor.ShouldBe(3);
        // "nickname": null is remembered as present (a nullable optional property of the base), and written back.
        employee.ToJson().ShouldBe(Ada);
        JsonSerializer.Serialize(employee).ShouldBe(Ada);
        JsonSerializer.Deserialize<Employee>(Ada).ShouldBe(employee);
    }

    [Fact]
    public void A_derived_record_of_a_derived_record_round_trips_with_undeclared_properties()
    {
        const string json = $$"""{"id":"{{PersonId}}","name":"Grace","employee_number":1,"full_time":true,"reports":[{{Ada}}],"budget":12.50,"extra":[1,2]}""";

        var manager = Manager.FromJson(json);

        manager.Reports.Single().Name.ShouldBe("Ada");
        manager.Budget.ShouldBe(12.50m);
        manager.AdditionalProperties!["extra"].GetArrayLength().ShouldBe(2);
        manager.ToJson().ShouldBe(json);
        manager.Validate().IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Missing_required_properties_of_the_base_and_of_the_derived_record_are_reported_together_with_their_path()
    {
        var error = Should.Throw<JsonException>(() => Staff.FromJson("""{"employees":[{"name":"Ada","full_time":true}]}"""));

        error.Path.ShouldBe("$.employees[0]");
        error.Message.ShouldBe("The object at $.employees[0] lacks the required properties 'id', 'employee_number'.");

        var lead = Should.Throw<JsonException>(() => StaffLead.FromJson($$"""{"id":"{{PersonId}}","name":"Ada","employee_number":7}"""));
        lead.Message.ShouldBe("The object at $ lacks the required property 'team'.");
    }

    [Fact]
    public void Derived_records_compare_by_value_through_their_base_and_never_equal_a_base()
    {
        var a = Employee.FromJson(Ada);
        var b = Employee.FromJson(Ada);

        a.ShouldBe(b);
        a.GetHashCode().ShouldBe(b.GetHashCode());
        new HashSet<Employee> { a, b }.Count.ShouldBe(1);
        // A difference in a base property, in the base's presence flag, or in an added one.
        a.ShouldNotBe(a with { Name = "Grace" });
        a.ShouldNotBe(Employee.FromJson(Ada.Replace("\"nickname\":null,", string.Empty, StringComparison.Ordinal)));
        a.ShouldNotBe(a with { EmployeeNumber = 8 });
        a.ShouldNotBe(a with { Desk = new EmployeeDesk { Floor = 4 } });

        Person person = new Person { Id = a.Id, Name = a.Name, Nickname = null, Born = a.Born };
        person.Equals(a).ShouldBeFalse();
        a.Equals(person).ShouldBeFalse();
    }

    [Fact]
    public void A_derived_record_is_built_with_the_base_required_members_and_tracks_presence_of_base_properties()
    {
        var employee = new Employee { Id = Guid.Parse(PersonId), Name = "Ada", EmployeeNumber = 7 };

        employee.ToJson().ShouldBe($$"""{"id":"{{PersonId}}","name":"Ada","employee_number":7,"full_time":true}""");
        (employee with { Nickname = null }).ToJson().ShouldBe($$"""{"id":"{{PersonId}}","name":"Ada","nickname":null,"employee_number":7,"full_time":true}""");
    }

    [Fact]
    public void A_derived_record_validates_against_its_own_schema_and_its_base_against_the_base()
    {
        var employee = Employee.FromJson(Ada);

        employee.Validate().IsValid.ShouldBeTrue();
        Employee.Validate("""{"name":"Ada"}""").Errors.Select(e => e.Message).ShouldContain(m => m.Contains("employee_number", StringComparison.Ordinal));
        Person.Validate("""{"id":"0f8fad5b-d9cb-469f-a165-70867728950e","name":"Ada"}""").IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Merged_records_hold_the_properties_of_every_branch_and_every_branch_requires()
    {
        var visitor = Visitor.FromJson($$"""{"id":"{{PersonId}}","name":"Ada","badge_id":"V-1","issued_at":"2024-05-06T07:08:09+02:00"}""");
        visitor.Name.ShouldBe("Ada");
        visitor.BadgeId.ShouldBe("V-1");
        visitor.IssuedAt.ShouldBe(new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.FromHours(2)));
        Should.Throw<JsonException>(() => Visitor.FromJson($$"""{"id":"{{PersonId}}","name":"Ada"}""")).Message.ShouldContain("'badge_id'");

        // {"required": ["born"]} in one branch makes the person's optional property required.
        var contractor = Should.Throw<JsonException>(() => Contractor.FromJson($$"""{"id":"{{PersonId}}","name":"Ada","agency":"Acme"}"""));
        contractor.Message.ShouldBe("The object at $ lacks the required property 'born'.");
        typeof(Contractor).GetProperty(nameof(Contractor.Born))!.PropertyType.ShouldBe(typeof(DateOnly));
    }

    [Fact]
    public void A_merged_record_closed_by_unevaluated_properties_rejects_what_no_branch_declares()
    {
        Auditor.FromJson("""{"badge_id":"A-1","firm":"Audit & Co"}""").Firm.ShouldBe("Audit & Co");

        var error = Should.Throw<JsonException>(() => Auditor.FromJson("""{"badge_id":"A-1","firm":"Audit & Co","notes":"x"}"""));
        error.Path.ShouldBe("$.notes");
        Auditor.Validate("""{"badge_id":"A-1","firm":"Audit & Co","notes":"x"}""").IsValid.ShouldBeFalse();
    }

    [Fact]
    public void Merged_declarations_take_the_narrowest_type_and_a_conflict_keeps_the_first()
    {
        var entry = TimesheetEntry.FromJson("""{"hours":8,"project":"apollo","approved":true}""");

        entry.Hours.ShouldBe(8L);
        entry.Project.ShouldBe("apollo");
        typeof(TimesheetEntry).GetProperty(nameof(TimesheetEntry.Hours))!.PropertyType.ShouldBe(typeof(long));
        Should.Throw<JsonException>(() => TimesheetEntry.FromJson("""{"hours":7.5,"project":"apollo"}""")).Path.ShouldBe("$.hours");
        // An object and a string: JsonElement.
        typeof(Staff).GetProperty(nameof(Staff.BadgeOrCode))!.PropertyType.ShouldBe(typeof(JsonElement?));
    }

    [Fact]
    public void A_merged_record_with_a_redeclared_base_property_round_trips_and_compares_by_value()
    {
        var json = $$"""{"id":"{{PersonId}}","name":"Bo","employee_number":90001,"full_time":true,"mentor":{{Ada}}}""";

        var intern = Intern.FromJson(json);

        intern.Mentor!.Name.ShouldBe("Ada");
        intern.ToJson().ShouldBe(json);
        intern.ShouldBe(Intern.FromJson(json));
        intern.ShouldNotBe(intern with { Mentor = null });
    }

    private static string[] Declared(Type type)
        => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
}
