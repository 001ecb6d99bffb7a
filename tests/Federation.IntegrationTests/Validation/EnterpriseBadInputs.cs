using Federation.IntegrationTests.Infrastructure;
using static Federation.IntegrationTests.Validation.BadBodies;

namespace Federation.IntegrationTests.Validation;

/// <summary>
/// Bad bodies for the Enterprise services work line's writes. The fixture's enterprise, campaign,
/// visit, concern (raised 2023-03-01 and open), policy session and joint measure are each at version 1.
/// </summary>
internal static class EnterpriseBadInputs
{
    private const string NoSuchRecord = "0190a6f4-0000-7000-8000-000000000001";

    /// <summary>A valid code nobody holds: the cases below are refused for another field.</summary>
    private static readonly string FreeCode = Federation.Kernel.Registry.CreditCode.Complete("91442000MA4UBAD01");

    private static readonly (string, string, Area) Register = ("POST", "api/enterprises/enterprises", Area.Enterprises);
    private static readonly (string, string, Area) CorrectEnterprise = ("PUT", "api/enterprises/enterprises/{enterprise}", Area.Enterprises);
    private static readonly (string, string, Area) RemoveEnterprise = ("DELETE", "api/enterprises/enterprises/{enterprise}", Area.Enterprises);
    private static readonly (string, string, Area) CreateCampaign = ("POST", "api/enterprises/campaigns", Area.Campaigns);
    private static readonly (string, string, Area) CorrectCampaign = ("PUT", "api/enterprises/campaigns/{campaign}", Area.Campaigns);
    private static readonly (string, string, Area) Assign = ("POST", "api/enterprises/campaigns/{campaign}/assignments", Area.Campaigns);
    private static readonly (string, string, Area) Unassign = ("DELETE", "api/enterprises/campaigns/{campaign}/assignments/" + NoSuchRecord, Area.Campaigns);
    private static readonly (string, string, Area) RecordVisit = ("POST", "api/enterprises/visits", Area.Visits);
    private static readonly (string, string, Area) CorrectVisit = ("PUT", "api/enterprises/visits/{visit}", Area.Visits);
    private static readonly (string, string, Area) RaiseConcern = ("POST", "api/enterprises/concerns", Area.Concerns);
    private static readonly (string, string, Area) CorrectConcern = ("PUT", "api/enterprises/concerns/{concern}", Area.Concerns);
    private static readonly (string, string, Area) Step = ("POST", "api/enterprises/concerns/{concern}/steps", Area.Concerns);
    private static readonly (string, string, Area) Lead = ("POST", "api/enterprises/concerns/{concern}/investment-lead", Area.Concerns);
    private static readonly (string, string, Area) BulkConcerns = ("POST", "api/enterprises/concerns/bulk", Area.Concerns);
    private static readonly (string, string, Area) HoldSession = ("POST", "api/enterprises/policy-sessions", Area.PolicySessions);
    private static readonly (string, string, Area) CorrectSession = ("PUT", "api/enterprises/policy-sessions/{policySession}", Area.PolicySessions);
    private static readonly (string, string, Area) IssueMeasure = ("POST", "api/enterprises/joint-measures", Area.JointMeasures);
    private static readonly (string, string, Area) CorrectMeasure = ("PUT", "api/enterprises/joint-measures/{jointMeasure}", Area.JointMeasures);

    public static IEnumerable<BadInput> All() =>
        Enterprises().Concat(Campaigns()).Concat(Visits()).Concat(Concerns()).Concat(Steps()).Concat(Sessions()).Concat(BulkChanges());

    private static IEnumerable<BadInput> BulkChanges()
    {
        var valid = From(new { ids = new[] { "{concern}" }, action = "assign", assignee = "市税务局" });
        yield return BulkConcerns.Sends("no concerns selected", valid.With("ids", new System.Text.Json.Nodes.JsonArray()), "ids");
        yield return BulkConcerns.Sends("an unknown concern beside a real one", valid.With("ids", new System.Text.Json.Nodes.JsonArray("{concern}", NoSuchRecord)), "ids");
        yield return BulkConcerns.Sends("a concern id that is not a GUID", valid.With("ids", new System.Text.Json.Nodes.JsonArray("not-a-guid")), "ids[0]");
        yield return BulkConcerns.Sends("bulk action \"close\"", valid.With("action", "close"), "action");
        yield return BulkConcerns.Sends("referring without a department", valid.Without("assignee"), "assignee");
        yield return BulkConcerns.Sends("a department of 10,000 characters", valid.With("assignee", TenThousandCharacters), "assignee");
        yield return BulkConcerns.Sends("tagging concerns with an unknown programme", valid.With("action", "tag").With("programmeId", NoSuchRecord), "programmeId");
    }

    private static IEnumerable<BadInput> Enterprises()
    {
        var valid = From(EnterpriseRequests.Enterprise(name: "坏输入测试企业", creditCode: FreeCode));
        yield return Register.Sends("a credit code of 17 characters", valid.With("creditCode", FreeCode[..17]), "creditCode");
        yield return Register.Sends("a credit code with the letter I", valid.With("creditCode", "91442000MA4UI" + FreeCode[13..]), "creditCode");
        yield return Register.Sends("a credit code in lower case", valid.With("creditCode", FreeCode.ToLowerInvariant()), "creditCode");
        yield return Register.Sends("a credit code with a wrong check character",
            valid.With("creditCode", FreeCode[..17] + (FreeCode[17] == '0' ? '1' : '0')), "creditCode");
        yield return Register.Sends("a credit code as a number", valid.With("creditCode", 914420001), "creditCode");
        yield return Register.Sends("no credit code", valid.Without("creditCode"), "creditCode");
        yield return Register.Sends("no name", valid.Without("name"), "name");
        yield return Register.Sends("name of 10,000 characters", valid.With("name", TenThousandCharacters), "name");
        yield return Register.Sends("no town", valid.Without("town"), "town");
        yield return Register.Sends("no industry", valid.Without("industry"), "industry");
        yield return Register.Sends("investor country XX", valid.With("investorCountryOrRegion", "XX"), "investorCountryOrRegion");
        yield return Register.Sends("a null contact", valid.With("contacts", Raw("[null]")), "contacts[0]");
        yield return Register.Sends("a contact without a name", valid.With("contacts", Raw("""[{"role":"总经理"}]""")), "contacts[0].name");
        yield return Register.Sends("status \"bankrupt\"", valid.With("status", "bankrupt"), "status");
        yield return Register.Sends("organisationId that is not a GUID", valid.With("organisationId", "root"), "organisationId");
        yield return Register.Sends("an unknown property", valid.With("registeredCapital", 1), "registeredCapital");
        yield return Register.SendsText("malformed JSON", """{"name": "坏输入测试企业" "town": "石岐"}""", "body").Saying("malformed");
        yield return Register.SendsAs("text/plain", valid);
        yield return CorrectEnterprise.Sends("a correction without its version", valid, "version");
        yield return CorrectEnterprise.Sends("a correction to a code of 19 characters", valid.With("creditCode", FreeCode + "1").With("version", 1), "creditCode");
        yield return RemoveEnterprise.Calls("version as text", "?version=abc", "version");
        yield return RemoveEnterprise.Calls("no version", "", "version");
    }

    private static IEnumerable<BadInput> Campaigns()
    {
        var valid = From(EnterpriseRequests.Campaign());
        yield return CreateCampaign.Sends("ending before it starts", valid.With("endsOn", "2023-01-01"), "endsOn");
        yield return CreateCampaign.Sends("a target of no enterprises", valid.With("targetEnterprises", 0), "targetEnterprises");
        yield return CreateCampaign.Sends("a target as text", valid.With("targetEnterprises", "一百"), "targetEnterprises");
        yield return CreateCampaign.Sends("no start", valid.Without("startsOn"), "startsOn");
        yield return CreateCampaign.Sends("impossible start 2023-02-30", valid.With("startsOn", "2023-02-30"), "startsOn");
        yield return CreateCampaign.Sends("programmeId of no programme", valid.With("programmeId", NoSuchRecord), "programmeId");
        yield return CreateCampaign.Sends("no name", valid.Without("name"), "name");
        yield return CorrectCampaign.Sends("a correction without its version", valid, "version");

        var assign = From(new { enterpriseId = "{enterprise}", leaderUserId = "{user}", version = 1 });
        yield return Assign.Sends("a user who is not a leader", assign, "leaderUserId");
        yield return Assign.Sends("enterpriseId of no enterprise", assign.With("enterpriseId", NoSuchRecord), "enterpriseId");
        yield return Assign.Sends("no enterprise", assign.Without("enterpriseId"), "enterpriseId");
        yield return Assign.Sends("no leader", assign.Without("leaderUserId"), "leaderUserId");
        yield return Assign.Sends("no version", assign.Without("version"), "version");
        yield return Unassign.Calls("version as text", "?version=abc", "version");
    }

    private static IEnumerable<BadInput> Visits()
    {
        var valid = From(EnterpriseRequests.Visit(Guid.Empty)).With("enterpriseId", "{enterprise}");
        yield return RecordVisit.Sends("enterpriseId of no enterprise", valid.With("enterpriseId", NoSuchRecord), "enterpriseId");
        yield return RecordVisit.Sends("no enterprise", valid.Without("enterpriseId"), "enterpriseId");
        yield return RecordVisit.Sends("purpose \"party\"", valid.With("purpose", "party"), "purpose");
        yield return RecordVisit.Sends("no visitors", valid.With("visitors", Raw("[]")), "visitors");
        yield return RecordVisit.Sends("a null visitor", valid.With("visitors", Raw("[null]")), "visitors[0]");
        yield return RecordVisit.Sends("impossible date 2023-02-30", valid.With("visitedOn", "2023-02-30"), "visitedOn");
        yield return RecordVisit.Sends("a visit in 1800", valid.With("visitedOn", "1800-03-01"), "visitedOn");
        yield return RecordVisit.Sends("notes of 10,000 characters", valid.With("notes", TenThousandCharacters), "notes");
        yield return RecordVisit.SendsAs(null, valid);
        yield return CorrectVisit.Sends("a correction without its version", valid, "version");
        yield return ("DELETE", "api/enterprises/visits/{visit}", Area.Visits).Calls("version as text", "?version=abc", "version");
    }

    private static IEnumerable<BadInput> Concerns()
    {
        var valid = From(EnterpriseRequests.Concern(null)).With("enterpriseId", "{enterprise}");
        yield return RaiseConcern.Sends("no enterprise, visit or session", valid.Without("enterpriseId"), "enterpriseId");
        yield return RaiseConcern.Sends("enterpriseId of no enterprise", valid.With("enterpriseId", NoSuchRecord), "enterpriseId");
        yield return RaiseConcern.Sends("visitId of no visit", valid.With("visitId", NoSuchRecord), "visitId");
        yield return RaiseConcern.Sends("a visit of another enterprise", valid.With("visitId", "{visit}").With("enterpriseId", "{otherEnterprise}"), "enterpriseId");
        yield return RaiseConcern.Sends("policySessionId of no session", valid.With("policySessionId", NoSuchRecord), "policySessionId");
        yield return RaiseConcern.Sends("category \"weather\"", valid.With("category", "weather"), "category");
        yield return RaiseConcern.Sends("category as the number 6", valid.With("category", 6), "category");
        yield return RaiseConcern.Sends("due before it was raised", valid.With("dueOn", "2023-02-01"), "dueOn");
        yield return RaiseConcern.Sends("no description", valid.Without("description"), "description");
        yield return RaiseConcern.Sends("description of 10,000 characters", valid.With("description", TenThousandCharacters), "description");
        yield return CorrectConcern.Sends("a correction without its version", valid, "version");
        yield return CorrectConcern.Sends("a status in a correction", valid.With("status", "resolved").With("version", 1), "status");
        yield return ("DELETE", "api/enterprises/concerns/{concern}", Area.Concerns).Calls("no version", "", "version");

        var lead = From(new { estimatedAmount = 80_000_000m, version = 1 });
        yield return Lead.Sends("an amount of -1 yuan", lead.With("estimatedAmount", -1), "estimatedAmount");
        yield return Lead.Sends("an amount of 1e13 yuan", lead.With("estimatedAmount", Raw("1e13")), "estimatedAmount");
        yield return Lead.Sends("an amount as text", lead.With("estimatedAmount", "八千万"), "estimatedAmount");
        yield return Lead.Sends("no version", lead.Without("version"), "version");
    }

    // The fixture's concern was raised on 2023-03-01 and is open.
    private static IEnumerable<BadInput> Steps()
    {
        var refer = From(new { to = "referred", on = "2023-03-02", department = "市商务局", dueOn = "2023-04-01", version = 1 });
        var resolve = From(new { to = "resolved", on = "2023-03-10", note = "已协调解决", version = 1 });
        yield return Step.Sends("a resolution without a note", resolve.Without("note"), "note");
        yield return Step.Sends("closing without a reason", resolve.With("to", "closedUnresolved").Without("note"), "note");
        yield return Step.Sends("a referral without a department", refer.Without("department"), "department");
        yield return Step.Sends("a department when resolving", resolve.With("department", "市商务局"), "department");
        yield return Step.Sends("a referral due before it was made", refer.With("dueOn", "2023-03-01"), "dueOn");
        yield return Step.Sends("a step before the concern was raised", resolve.With("on", "2023-02-28"), "on");
        yield return Step.Sends("a step in the future", resolve.With("on", "2099-01-01"), "on");
        yield return Step.Sends("to \"flying\"", resolve.With("to", "flying"), "to");
        yield return Step.Sends("no version", resolve.Without("version"), "version");
        yield return Step.Sends("note of 10,000 characters", resolve.With("note", TenThousandCharacters), "note");
        yield return Step.SendsAs("text/plain", resolve);
    }

    private static IEnumerable<BadInput> Sessions()
    {
        var session = From(EnterpriseRequests.PolicySession());
        yield return HoldSession.Sends("no departments", session.With("departments", Raw("[]")), "departments");
        yield return HoldSession.Sends("an empty department", session.With("departments", new[] { "市商务局", "" }), "departments[1]");
        yield return HoldSession.Sends("negative attendees", session.With("attendees", -1), "attendees");
        yield return HoldSession.Sends("no topic", session.Without("topic"), "topic");
        yield return HoldSession.Sends("impossible date 2023-02-30", session.With("heldOn", "2023-02-30"), "heldOn");
        yield return CorrectSession.Sends("a correction without its version", session, "version");

        var measure = From(EnterpriseRequests.JointMeasure());
        yield return IssueMeasure.Sends("no items", measure.With("items", Raw("[]")), "items");
        yield return IssueMeasure.Sends("a null item", measure.With("items", Raw("[null]")), "items[0]");
        yield return IssueMeasure.Sends("no partner department", measure.Without("partnerDepartment"), "partnerDepartment");
        yield return IssueMeasure.Sends("an item of 10,000 characters", measure.With("items", new[] { TenThousandCharacters }), "items[0]");
        yield return CorrectMeasure.Sends("a correction without its version", measure, "version");
    }
}
