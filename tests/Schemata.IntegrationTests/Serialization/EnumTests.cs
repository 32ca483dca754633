using System.Text.Json;
using Examples;
using Shouldly;
using Xunit;

namespace Schemata.IntegrationTests.Serialization;

public class EnumTests
{
    [Fact]
    public void Integer_enums_keep_their_numbers_and_named_members()
    {
        var ticket = Ticket.FromJson("""{"priority": 3, "code": -1, "size": "m", "state": null}""");

        ticket.Priority.ShouldBe(TicketPriority.High);
        ((int)TicketPriority.High).ShouldBe(3);
        ticket.Code.ShouldBe(TicketCode.ValueMinus1);
        ticket.Size.ShouldBe(TicketSize.Medium);
        ticket.State.ShouldBeNull();
        ticket.ToJson().ShouldBe("""{"priority":3,"code":-1,"size":"m","state":null}""");
    }

    [Fact]
    public void An_integer_enum_default_applies_when_absent()
    {
        Ticket.FromJson("""{"state": "open"}""").Priority.ShouldBe(TicketPriority.Medium);
    }
}
