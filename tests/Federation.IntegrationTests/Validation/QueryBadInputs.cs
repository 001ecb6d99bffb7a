namespace Federation.IntegrationTests.Validation;

/// <summary>Bad query strings for the lists: each must be a 400 naming the parameter.</summary>
internal static class QueryBadInputs
{
    private static readonly (string, string, Area) Projects = ("GET", "api/investment/projects", Area.None);
    private static readonly (string, string, Area) Board = ("GET", "api/investment/projects/board", Area.None);
    private static readonly (string, string, Area) Funnel = ("GET", "api/scorecard/2023/funnel", Area.None);
    private static readonly (string, string, Area) Events = ("GET", "api/investment/events", Area.None);
    private static readonly (string, string, Area) CreditLines = ("GET", "api/investment/credit-lines", Area.None);
    private static readonly (string, string, Area) Users = ("GET", "api/admin/users", Area.None);
    private static readonly (string, string, Area) Tokens = ("GET", "api/admin/tokens", Area.None);
    private static readonly (string, string, Area) Audit = ("GET", "api/admin/audit", Area.None);
    private static readonly (string, string, Area) Year = ("GET", "api/scorecard/2023", Area.None);
    private static readonly (string, string, Area) Range = ("GET", "api/scorecard", Area.None);
    private static readonly (string, string, Area) Enterprises = ("GET", "api/enterprises/enterprises", Area.None);
    private static readonly (string, string, Area) Campaigns = ("GET", "api/enterprises/campaigns", Area.None);
    private static readonly (string, string, Area) Visits = ("GET", "api/enterprises/visits", Area.None);
    private static readonly (string, string, Area) Concerns = ("GET", "api/enterprises/concerns", Area.None);
    private static readonly (string, string, Area) Sessions = ("GET", "api/enterprises/policy-sessions", Area.None);
    private static readonly (string, string, Area) Measures = ("GET", "api/enterprises/joint-measures", Area.None);
    private static readonly (string, string, Area) Pilots = ("GET", "api/trade/pilots", Area.None);
    private static readonly (string, string, Area) Orders = ("GET", "api/trade/orders", Area.None);
    private static readonly (string, string, Area) Tours = ("GET", "api/trade/tours", Area.None);
    private static readonly (string, string, Area) Commendations = ("GET", "api/trade/commendations", Area.None);

    public static IEnumerable<BadInput> All()
    {
        yield return Projects.Calls("a year that is not a number", "?year=abc", "year");
        yield return Projects.Calls("a year before the federation", "?year=1800", "year");
        yield return Projects.Calls("page 0", "?page=0", "page");
        yield return Projects.Calls("a page beyond a 32-bit number", "?page=99999999999", "page");
        yield return Projects.Calls("5000 rows a page", "?pageSize=5000", "pageSize");
        yield return Projects.Calls("a negative page size", "?pageSize=-1", "pageSize");
        yield return Projects.Calls("stage \"flying\"", "?stage=flying", "stage");
        yield return Projects.Calls("stage as the number 3", "?stage=3", "stage");
        yield return Projects.Calls("sort by a bogus key", "?sort=bogus", "sort");
        yield return Projects.Calls("overdue \"maybe\"", "?overdue=maybe", "overdue");
        yield return Projects.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Board.Calls("a year that is not a number", "?year=abc", "year");
        yield return Board.Calls("a year before the federation", "?year=1800", "year");
        yield return Board.Calls("overdue \"maybe\"", "?overdue=maybe", "overdue");
        yield return Board.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Funnel.Calls("quarter 5", "?quarter=5", "quarter");
        yield return Funnel.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Events.Calls("kind \"flying\"", "?kind=flying", "kind");
        yield return Events.Calls("kind as the number 7", "?kind=7", "kind");
        yield return Events.Calls("sort by a bogus key", "?sort=-bogus", "sort");
        yield return Events.Calls("a year that is not a number", "?year=abc", "year");
        yield return CreditLines.Calls("a year that is not a number", "?year=abc", "year");
        yield return CreditLines.Calls("eventId that is not a GUID", "?eventId=xyz", "eventId");
        yield return CreditLines.Calls("page size 0", "?pageSize=0", "pageSize");
        yield return Users.Calls("page 0", "?page=0", "page");
        yield return Users.Calls("5000 rows a page", "?pageSize=5000", "pageSize");
        yield return Tokens.Calls("userId that is not a GUID", "?userId=abc", "userId");
        yield return Audit.Calls("a start that is not a date", "?from=notadate", "from");
        yield return Audit.Calls("an end before the start", "?from=2024-01-01&to=2023-01-01", "to");
        yield return Audit.Calls("5000 rows a page", "?pageSize=5000", "pageSize");
        yield return Year.Calls("quarter 5", "?quarter=5", "quarter");
        yield return Year.Calls("quarter \"spring\"", "?quarter=spring", "quarter");
        yield return Year.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Range.Calls("a range without a start", "?to=2023-06-30", "from");
        yield return Range.Calls("a range without an end", "?from=2023-01-01", "to");
        yield return Range.Calls("a range ending before it starts", "?from=2023-06-30&to=2023-01-01", "to");
        yield return Range.Calls("a range of twenty years", "?from=2001-01-01&to=2021-01-01", "to");
        yield return Range.Calls("a start that is not a date", "?from=someday&to=2023-01-01", "from");
        yield return Enterprises.Calls("status \"bankrupt\"", "?status=bankrupt", "status");
        yield return Enterprises.Calls("status as the number 1", "?status=1", "status");
        yield return Enterprises.Calls("page 0", "?page=0", "page");
        yield return Enterprises.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Campaigns.Calls("a year before the federation", "?year=1800", "year");
        yield return Campaigns.Calls("5000 rows a page", "?pageSize=5000", "pageSize");
        yield return Visits.Calls("purpose \"party\"", "?purpose=party", "purpose");
        yield return Visits.Calls("a year that is not a number", "?year=abc", "year");
        yield return Visits.Calls("enterpriseId that is not a GUID", "?enterpriseId=abc", "enterpriseId");
        yield return Concerns.Calls("status \"pending\"", "?status=pending", "status");
        yield return Concerns.Calls("category \"weather\"", "?category=weather", "category");
        yield return Concerns.Calls("overdue \"maybe\"", "?overdue=maybe", "overdue");
        yield return Concerns.Calls("a year before the federation", "?year=1800", "year");
        yield return Concerns.Calls("visitId that is not a GUID", "?visitId=v1", "visitId");
        yield return Sessions.Calls("a year that is not a number", "?year=abc", "year");
        yield return Measures.Calls("a negative page size", "?pageSize=-1", "pageSize");
        yield return Pilots.Calls("a year before the federation", "?year=1800", "year");
        yield return Pilots.Calls("organisationId that is not a GUID", "?organisationId=nope", "organisationId");
        yield return Orders.Calls("status \"shipped\"", "?status=shipped", "status");
        yield return Orders.Calls("status as the number 1", "?status=1", "status");
        yield return Orders.Calls("a year that is not a number", "?year=abc", "year");
        yield return Orders.Calls("a year after 2100", "?year=2101", "year");
        yield return Orders.Calls("pilotId that is not a GUID", "?pilotId=p1", "pilotId");
        yield return Orders.Calls("enterpriseId that is not a GUID", "?enterpriseId=abc", "enterpriseId");
        yield return Orders.Calls("5000 rows a page", "?pageSize=5000", "pageSize");
        yield return Tours.Calls("a year that is not a number", "?year=abc", "year");
        yield return Tours.Calls("page 0", "?page=0", "page");
        yield return Commendations.Calls("kind \"medal\"", "?kind=medal", "kind");
        yield return Commendations.Calls("kind as the number 0", "?kind=0", "kind");
    }
}
