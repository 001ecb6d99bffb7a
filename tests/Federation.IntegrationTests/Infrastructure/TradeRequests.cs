using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Federation.IntegrationTests.Infrastructure;

/// <summary>
/// Valid Trade support (以侨助贸) request bodies to start from; tests change one field to make them
/// wrong. An order is an intent from an unregistered seller unless told otherwise: amounts are in the
/// order's currency at a recorded rate to yuan.
/// </summary>
public static class TradeRequests
{
    public const string Pilots = "/api/trade/pilots";
    public const string Orders = "/api/trade/orders";
    public const string Tours = "/api/trade/tours";
    public const string Commendations = "/api/trade/commendations";
    public const string Enterprises = "/api/trade/enterprises";

    public static Dictionary<string, object?> Pilot(
        Guid? organisationId = null, string startsOn = "2023-03-01", string endsOn = "2023-12-31", decimal? targetAmount = 120_000_000m) => new()
    {
        ["name"] = $"黄圃镇“以侨助贸”试点{EnterpriseRequests.Unique()}",
        ["town"] = "黄圃",
        ["startsOn"] = startsOn,
        ["endsOn"] = endsOn,
        ["targetAmount"] = targetAmount,
        ["participants"] = new[] { "中山市海晖食品有限公司", "中山市联昌电器有限公司" },
        ["notes"] = "发挥海外侨胞联系广泛的优势，帮助外贸企业开拓海外订单。",
        ["organisationId"] = organisationId,
    };

    /// <summary>An order of <paramref name="amount"/> in <paramref name="currency"/> at <paramref name="rateToYuan"/>, by default an intent.</summary>
    public static Dictionary<string, object?> Order(
        Guid? organisationId = null,
        string currency = "USD",
        decimal amount = 100_000m,
        decimal rateToYuan = 7.1776m,
        string orderedOn = "2023-03-01",
        string status = "intent",
        string? enterpriseName = null,
        Guid? enterpriseId = null,
        Guid? pilotId = null,
        string buyer = "US",
        string town = "黄圃") => new()
    {
        ["enterpriseId"] = enterpriseId,
        ["enterpriseName"] = enterpriseId is null ? enterpriseName ?? $"中山市海晖食品有限公司{EnterpriseRequests.Unique()}" : enterpriseName,
        ["buyerCountryOrRegion"] = buyer,
        ["productCategory"] = "广式腊味",
        ["currency"] = currency,
        ["amount"] = amount,
        ["rateToYuan"] = rateToYuan,
        ["orderedOn"] = orderedOn,
        ["status"] = status,
        ["pilotId"] = pilotId,
        ["town"] = town,
        ["organisationId"] = organisationId,
    };

    /// <summary>A step of an order: to confirmed, delivered or cancelled (which needs a reason).</summary>
    public static object Move(string status, string on, int version, string? reason = null) => new { status, on, reason, version };

    public static Dictionary<string, object?> Tour(
        Guid? organisationId = null, string startsOn = "2023-07-20", string[]? towns = null, (string Country, int People)[]? participants = null) => new()
    {
        ["title"] = $"侨创中山华商行·走进黄圃{EnterpriseRequests.Unique()}",
        ["startsOn"] = startsOn,
        ["endsOn"] = startsOn,
        ["towns"] = towns ?? ["黄圃"],
        ["participants"] = (participants ?? [("HK", 9), ("US", 4), ("MY", 4)])
            .Select(p => new { countryOrRegion = p.Country, personTimes = p.People }).ToArray(),
        ["outcomes"] = "组织侨界企业家实地考察、座谈交流。",
        ["organisationId"] = organisationId,
    };

    public static Dictionary<string, object?> Commendation(Guid? organisationId = null, string kind = "banner", string receivedOn = "2023-12-20") => new()
    {
        ["from"] = $"中山市海晖食品有限公司{EnterpriseRequests.Unique()}",
        ["kind"] = kind,
        ["receivedOn"] = receivedOn,
        ["reason"] = "感谢市侨联“以侨助贸”帮助企业拓展海外市场",
        ["organisationId"] = organisationId,
    };

    /// <summary>Records an order and returns it, failing the test unless it answers 201.</summary>
    public static Task<JsonElement> Record(HttpClient client, Dictionary<string, object?> order) => EnterpriseRequests.Created(client, Orders, order);

    /// <summary>Moves an order on and returns it, failing the test unless it answers 200.</summary>
    public static async Task<JsonElement> Step(HttpClient client, Guid orderId, string status, string on, int version, string? reason = null) =>
        await (await client.PostAsJsonAsync($"{Orders}/{orderId}/status", Move(status, on, version, reason))).ShouldBe(HttpStatusCode.OK);

    /// <summary>The order as it stands, failing the test unless it answers 200.</summary>
    public static async Task<JsonElement> ReadOrder(HttpClient client, Guid orderId) =>
        await (await client.GetAsync($"{Orders}/{orderId}")).ShouldBe(HttpStatusCode.OK);

    /// <summary>A page of the orders list for <paramref name="query"/> (with its leading "?").</summary>
    public static async Task<JsonElement> OrderPage(HttpClient client, string query) =>
        await (await client.GetAsync(Orders + query)).ShouldBe(HttpStatusCode.OK);

    public static decimal Yuan(this JsonElement order) => order.GetProperty("amountYuan").GetDecimal();
}
