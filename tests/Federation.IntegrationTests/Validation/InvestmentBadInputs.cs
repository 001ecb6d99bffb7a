using System.Text.Json.Nodes;
using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Validation;

/// <summary>Bad bodies for the Investment work line's writes.</summary>
internal static class InvestmentBadInputs
{
    private const string NoSuchRecord = "0190a6f4-0000-7000-8000-000000000001";

    private static readonly (string, string, Area) CreateEvent = ("POST", "api/investment/events", Area.Events);
    private static readonly (string, string, Area) CorrectEvent = ("PUT", "api/investment/events/{event}", Area.Events);
    private static readonly (string, string, Area) EnterProject = ("POST", "api/investment/projects", Area.Projects);
    private static readonly (string, string, Area) CorrectProject = ("PUT", "api/investment/projects/{project}", Area.Projects);
    private static readonly (string, string, Area) Advance = ("POST", "api/investment/projects/{project}/stage", Area.Projects);
    private static readonly (string, string, Area) Revert = ("POST", "api/investment/projects/{project}/stage/revert", Area.Projects);
    private static readonly (string, string, Area) Bulk = ("POST", "api/investment/projects/bulk", Area.Projects);
    private static readonly (string, string, Area) FollowUp = ("POST", "api/investment/projects/{project}/follow-ups", Area.Projects);
    private static readonly (string, string, Area) GrantCreditLine = ("POST", "api/investment/credit-lines", Area.CreditLines);
    private static readonly (string, string, Area) CorrectCreditLine = ("PUT", "api/investment/credit-lines/{creditLine}", Area.CreditLines);
    private static readonly (string, string, Area) RecordOutcome = ("POST", "api/investment/outcomes", Area.Outcomes);
    private static readonly (string, string, Area) CorrectOutcome = ("PUT", "api/investment/outcomes/{outcome}", Area.Outcomes);

    public static IEnumerable<BadInput> All() => Events().Concat(Projects()).Concat(ProjectSteps()).Concat(CreditLines()).Concat(Outcomes()).Concat(BulkChanges());

    private static IEnumerable<BadInput> Events()
    {
        var valid = From(InvestmentRequests.Event());
        yield return CreateEvent.SendsText("malformed JSON", """{"title": "侨助大会",""", "body").Saying("malformed");
        yield return CreateEvent.SendsText("an array instead of an object", "[]", "body");
        yield return CreateEvent.SendsText("no body at all", "", "body");
        yield return CreateEvent.Sends("attendeeCount as text", valid.With("attendeeCount", "two hundred"), "attendeeCount");
        yield return CreateEvent.Sends("attendeeCount beyond a 32-bit number", valid.With("attendeeCount", Raw("99999999999")), "attendeeCount");
        yield return CreateEvent.Sends("negative attendeeCount", valid.With("attendeeCount", -1), "attendeeCount");
        yield return CreateEvent.Sends("title as a number", valid.With("title", 42), "title");
        yield return CreateEvent.Sends("no title", valid.Without("title"), "title");
        yield return CreateEvent.Sends("title of 10,000 characters", valid.With("title", TenThousandCharacters), "title");
        yield return CreateEvent.Sends("kind as the number 7", valid.With("kind", 7), "kind");
        yield return CreateEvent.Sends("kind \"flying\"", valid.With("kind", "flying"), "kind");
        yield return CreateEvent.Sends("an unknown property", valid.With("colour", "red"), "colour");
        yield return CreateEvent.Sends("end date before start date", valid.With("endDate", "2023-02-20"), "endDate");
        yield return CreateEvent.Sends("impossible start date 2023-02-30", valid.With("startDate", "2023-02-30"), "startDate");
        yield return CreateEvent.Sends("start date with a time of day", valid.With("startDate", "2023-02-26T09:00:00"), "startDate");
        yield return CreateEvent.Sends("start date in 1800", valid.With("startDate", "1800-02-26"), "startDate");
        yield return CreateEvent.Sends("country codes XX and cn", valid.With("countriesAndRegions", new[] { "HK", "XX", "cn" }),
            "countriesAndRegions[1]", "countriesAndRegions[2]");
        yield return CreateEvent.Sends("an organiser with role \"boss\"", valid.With("organisers", Raw("""[{"name":"中山市侨联","role":"boss"}]""")),
            "organisers[0].role");
        yield return CreateEvent.Sends("a null organiser", valid.With("organisers", Raw("[null]")), "organisers[0]");
        yield return CreateEvent.Sends("notes nested deeper than JSON may go", valid.With("notes", Raw(new string('[', 70) + new string(']', 70))), "notes")
            .Saying("nested too deeply");
        yield return CreateEvent.SendsAs("text/plain", valid);
        yield return CreateEvent.SendsAs(null, valid);
        yield return CorrectEvent.Sends("a correction without its version", valid, "version");
        yield return CorrectEvent.Sends("version as text", valid.With("version", "one"), "version");
        yield return ("DELETE", "api/investment/events/{event}", Area.Events).Calls("version as text", "?version=abc", "version");
        yield return ("DELETE", "api/investment/events/{event}", Area.Events).Calls("no version", "", "version");
    }

    private static IEnumerable<BadInput> BulkChanges()
    {
        var valid = From(new { ids = new[] { "{project}" }, action = "assign", assignee = "王五" });
        yield return Bulk.Sends("no rows", valid.With("ids", new JsonArray()), "ids");
        yield return Bulk.Sends("an unknown row beside a real one", valid.With("ids", new JsonArray("{project}", Guid.NewGuid().ToString())), "ids");
        yield return Bulk.Sends("action \"delete\"", valid.With("action", "delete"), "action");
        yield return Bulk.Sends("assign without an assignee", valid.Without("assignee"), "assignee");
        yield return Bulk.Sends("an assignee of 10,000 characters", valid.With("assignee", TenThousandCharacters), "assignee");
        yield return Bulk.Sends("tag with an unknown programme", valid.With("action", "tag").With("programmeId", Guid.NewGuid().ToString()), "programmeId");
    }

    private static IEnumerable<BadInput> Projects()
    {
        var valid = From(InvestmentRequests.Project());
        yield return EnterProject.Sends("amount of -1 yuan", valid.With("amountYuan", -1), "amountYuan");
        yield return EnterProject.Sends("amount of 1e13 yuan", valid.With("amountYuan", Raw("1e13")), "amountYuan");
        yield return EnterProject.Sends("amount of 0.001 yuan", valid.With("amountYuan", Raw("0.001")), "amountYuan");
        yield return EnterProject.Sends("amount of 1e28 yuan", valid.With("amountYuan", Raw("1e28")), "amountYuan");
        yield return EnterProject.Sends("amount beyond a decimal, 1e30 yuan", valid.With("amountYuan", Raw("1e30")), "amountYuan");
        yield return EnterProject.Sends("amount as text", valid.With("amountYuan", "lots"), "amountYuan");
        yield return EnterProject.Sends("stage \"flying\"", valid.With("stage", "flying"), "stage");
        yield return EnterProject.Sends("stage as the number 3", valid.With("stage", 3), "stage");
        yield return EnterProject.Sends("entering the ledger at groundbreaking", valid.With("stage", "groundbreaking"), "stage");
        yield return EnterProject.Sends("investorKind \"alien\"", valid.With("investorKind", "alien"), "investorKind");
        yield return EnterProject.Sends("investor country XX", valid.With("investorCountryOrRegion", "XX"), "investorCountryOrRegion");
        yield return EnterProject.Sends("investor country in lower case, cn", valid.With("investorCountryOrRegion", "cn"), "investorCountryOrRegion");
        yield return EnterProject.Sends("impossible stage date 2023-02-30", valid.With("stageDate", "2023-02-30"), "stageDate");
        yield return EnterProject.Sends("no name", valid.Without("name"), "name");
        yield return EnterProject.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return EnterProject.Sends("eventId that is not a GUID", valid.With("eventId", "event-1"), "eventId");
        yield return EnterProject.Sends("eventId of no event", valid.With("eventId", NoSuchRecord), "eventId");
        yield return EnterProject.Sends("an unknown property", valid.With("budget", 1), "budget");
        yield return EnterProject.SendsText("malformed JSON", """{"name": "高端装备制造项目" "town": "翠亨新区"}""", "body").Saying("malformed");
        yield return EnterProject.SendsAs("application/xml", valid);

        var correction = valid.Without("stage").Without("stageDate").Without("organisationId").With("version", 2);
        yield return CorrectProject.Sends("the stage in a correction", correction.With("stage", "signed"), "stage");
        yield return CorrectProject.Sends("a correction without its version", correction.Without("version"), "version");
        yield return CorrectProject.Sends("a correction to -1 yuan", correction.With("amountYuan", -1), "amountYuan");
        yield return ("DELETE", "api/investment/projects/{project}", Area.Projects).Calls("version as text", "?version=abc", "version");
    }

    // The fixture's project has broken ground on 2023-06-01 and is at version 2.
    private static IEnumerable<BadInput> ProjectSteps()
    {
        var advance = From(new { stage = "inProduction", date = "2024-03-01", version = 2 });
        yield return Advance.Sends("stage \"flying\"", advance.With("stage", "flying"), "stage");
        yield return Advance.Sends("impossible date 2023-02-30", advance.With("date", "2023-02-30"), "date");
        yield return Advance.Sends("month 13", advance.With("date", "2024-13-01"), "date");
        yield return Advance.Sends("a date before the current stage's", advance.With("date", "2023-01-01"), "date");
        yield return Advance.Sends("no version", advance.Without("version"), "version");
        yield return Advance.Sends("version as text", advance.With("version", "two"), "version");
        yield return Advance.SendsText("malformed JSON", """{"stage": "inProduction", "date": 2024-03-01}""", "date").Saying("malformed");
        yield return Advance.SendsAs("text/plain", advance);

        var revert = From(new { reason = "误录", version = 2 });
        yield return Revert.Sends("no reason", revert.Without("reason"), "reason");
        yield return Revert.Sends("reason of 10,000 characters", revert.With("reason", TenThousandCharacters), "reason");
        yield return Revert.Sends("no version", revert.Without("version"), "version");

        var followUp = From(new { date = "2023-07-01", note = "走访企业", nextStep = "协调用地", nextStepDue = "2023-07-15" });
        yield return FollowUp.Sends("next step due before the follow-up", followUp.With("nextStepDue", "2023-06-01"), "nextStepDue");
        yield return FollowUp.Sends("impossible date 2023-02-30", followUp.With("date", "2023-02-30"), "date");
        yield return FollowUp.Sends("next step due \"soon\"", followUp.With("nextStepDue", "soon"), "nextStepDue");
        yield return FollowUp.Sends("no note", followUp.Without("note"), "note");
        yield return FollowUp.Sends("note of 10,000 characters", followUp.With("note", TenThousandCharacters), "note");
    }

    private static IEnumerable<BadInput> CreditLines()
    {
        var valid = From(InvestmentRequests.CreditLine());
        yield return GrantCreditLine.Sends("amount of -1 yuan", valid.With("amountYuan", -1), "amountYuan");
        yield return GrantCreditLine.Sends("amount of 1e13 yuan", valid.With("amountYuan", Raw("1e13")), "amountYuan");
        yield return GrantCreditLine.Sends("amount of 0.001 yuan", valid.With("amountYuan", Raw("0.001")), "amountYuan");
        yield return GrantCreditLine.Sends("amount of 1e28 yuan", valid.With("amountYuan", Raw("1e28")), "amountYuan");
        yield return GrantCreditLine.Sends("impossible grant date 2023-02-30", valid.With("grantedOn", "2023-02-30"), "grantedOn");
        yield return GrantCreditLine.Sends("no bank", valid.Without("bank"), "bank");
        yield return GrantCreditLine.Sends("bank of 10,000 characters", valid.With("bank", TenThousandCharacters), "bank");
        yield return GrantCreditLine.Sends("eventId of no event", valid.With("eventId", NoSuchRecord), "eventId");
        yield return GrantCreditLine.Sends("an unknown property", valid.With("interestRate", 0.035), "interestRate");
        yield return GrantCreditLine.SendsAs("text/plain", valid);
        yield return CorrectCreditLine.Sends("a correction without its version", valid, "version");
        yield return CorrectCreditLine.Sends("a correction to 1e13 yuan", valid.With("amountYuan", Raw("1e13")).With("version", 1), "amountYuan");
    }

    private static IEnumerable<BadInput> Outcomes()
    {
        var valid = From(InvestmentRequests.Outcome());
        yield return RecordOutcome.Sends("kind \"merger\"", valid.With("kind", "merger"), "kind");
        yield return RecordOutcome.Sends("quantity of 0", valid.With("quantity", 0), "quantity");
        yield return RecordOutcome.Sends("a range whose top is below its bottom",
            valid.With("quantityQualifier", "range").With("quantityUpTo", 3), "quantityUpTo");
        yield return RecordOutcome.Sends("a top without a range", valid.With("quantityUpTo", 10), "quantityUpTo");
        yield return RecordOutcome.Sends("an amount qualifier without an amount",
            valid.With("kind", "tradeCooperation").With("amountQualifier", "atLeast"), "amountQualifier");
        yield return RecordOutcome.Sends("a trade amount of 0.001 yuan",
            valid.With("kind", "tradeCooperation").With("amountYuan", Raw("0.001")), "amountYuan");
        yield return RecordOutcome.Sends("51 parties", valid.With("parties", Enumerable.Range(1, 51).Select(i => $"协会{i}").ToArray()), "parties");
        yield return RecordOutcome.Sends("an empty party", valid.With("parties", new[] { "中山市侨联", " " }), "parties[1]");
        yield return RecordOutcome.Sends("no date", valid.Without("on"), "on");
        yield return RecordOutcome.Sends("town of 10,000 characters", valid.With("town", TenThousandCharacters), "town");
        yield return RecordOutcome.Sends("an unknown property", valid.With("value", 1), "value");
        yield return RecordOutcome.SendsAs("text/plain", valid);
        yield return CorrectOutcome.Sends("a correction without its version", valid, "version");
        yield return ("DELETE", "api/investment/outcomes/{outcome}", Area.Outcomes).Calls("no version", "", "version");
    }
}
