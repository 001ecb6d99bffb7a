using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Enterprises;

/// <summary>The enterprise registry: one enterprise per credit code, codes checked with a useful message, search, renames.</summary>
public sealed class RegistryTests(EnterpriseWorld world) : IClassFixture<EnterpriseWorld>
{
    private const string Enterprises = "/api/enterprises/enterprises";

    [Fact]
    public async Task A_credit_code_registers_once_and_the_second_try_names_the_holder()
    {
        var code = EnterpriseRequests.NewCreditCode();
        var first = await world.Register(world.Staff, EnterpriseRequests.Enterprise(name: $"中山市海晖灯饰有限公司{EnterpriseRequests.Unique()}", creditCode: code));
        first.GetProperty("creditCode").GetString().Should().Be(code);
        first.GetProperty("formerNames").GetArrayLength().Should().Be(0);
        var before = await Total("");

        var again = await world.Staff.PostAsJsonAsync(Enterprises, EnterpriseRequests.Enterprise(name: "另一家公司", creditCode: code));

        var problem = await again.ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(problem).Should().Equal("creditCode");
        EnterpriseRequests.ErrorOf(problem, "creditCode").Should().Contain(first.GetProperty("name").GetString(), "the user learns who already holds the code");
        (await Total("")).Should().Be(before, "nothing is written on refusal");
    }

    [Fact]
    public async Task A_wrong_credit_code_is_refused_saying_what_is_wrong_and_nothing_is_written()
    {
        var valid = EnterpriseRequests.NewCreditCode();
        var wrongCheck = valid[..17] + EnterpriseRequests.CodeAlphabet[(EnterpriseRequests.CodeAlphabet.IndexOf(valid[17]) + 1) % 31];
        var before = await Total("");

        var tooShort = await Refused(valid[..17]);
        var withI = await Refused("91442000MA4UI" + valid[13..]);
        var withO = await Refused("91442000MA4UO" + valid[13..]);
        var lowerCase = await Refused(Federation.Kernel.Registry.CreditCode.Complete("91442000MA4UXQ3B7").ToLowerInvariant());
        var badCheck = await Refused(wrongCheck);

        tooShort.Should().Contain("17", "the message says how many characters were sent");
        withI.Should().Contain("“I”", "the message names the letter the code may not contain");
        withO.Should().Contain("“O”");
        lowerCase.Should().Contain("“m", "the message names the lower-case letters the code may not contain");
        new[] { tooShort, withI, badCheck }.Should().OnlyHaveUniqueItems("a wrong length, a forbidden letter and a wrong check character are told apart");
        badCheck.Should().NotBe(lowerCase);
        (await Total("")).Should().Be(before, "a refused registration writes nothing");
    }

    [Fact]
    public async Task The_registry_is_searched_by_name_code_town_and_industry()
    {
        var tag = EnterpriseRequests.Unique();
        var body = EnterpriseRequests.Enterprise(name: $"中山市嘉信五金制品有限公司{tag}");
        body["town"] = $"小榄{tag}";
        body["industry"] = $"五金制造{tag}";
        var wanted = await world.Register(world.Staff, body);
        var other = EnterpriseRequests.Enterprise(name: $"中山市裕泰食品有限公司{EnterpriseRequests.Unique()}");
        other["town"] = $"古镇{tag}";
        other["industry"] = "食品加工";
        await world.Register(world.Staff, other);
        var code = wanted.GetProperty("creditCode").GetString()!;

        (await Names($"?q=嘉信五金制品有限公司{tag}")).Should().Equal(wanted.GetProperty("name").GetString());
        (await Names($"?q={code}")).Should().Equal(wanted.GetProperty("name").GetString());
        (await Names($"?q={code.ToLowerInvariant()}")).Should().Equal([wanted.GetProperty("name").GetString()], "a code typed in lower case is still found");
        (await Names($"?town=小榄{tag}")).Should().Equal(wanted.GetProperty("name").GetString());
        (await Names($"?industry=五金制造{tag}")).Should().Equal(wanted.GetProperty("name").GetString());
        (await Names($"?industry={tag}")).Should().Equal([wanted.GetProperty("name").GetString()], "an industry matches on part of its name");
    }

    [Fact]
    public async Task A_renamed_enterprise_keeps_its_former_name_and_is_still_found_by_it()
    {
        var tag = EnterpriseRequests.Unique();
        var oldName = $"中山市联昌电器有限公司{tag}";
        var registered = await world.Register(world.Staff, EnterpriseRequests.Enterprise(name: oldName));
        var visit = await EnterpriseRequests.Created(world.Staff, "/api/enterprises/visits", EnterpriseRequests.Visit(registered.Id(), "2024-01-15"));
        var rename = EnterpriseRequests.Enterprise(name: $"广东联昌智能科技有限公司{tag}", creditCode: registered.GetProperty("creditCode").GetString());
        rename["town"] = "翠亨新区";
        rename["version"] = registered.Version();

        var renamed = await (await world.Staff.PutAsJsonAsync($"{Enterprises}/{registered.Id()}", rename)).ShouldBe(HttpStatusCode.OK);

        renamed.GetProperty("name").GetString().Should().Be($"广东联昌智能科技有限公司{tag}");
        renamed.GetProperty("formerNames").EnumerateArray().Select(n => n.GetString()).Should().Equal(oldName);
        renamed.Version().Should().Be(registered.Version() + 1);
        (await Names($"?q=联昌电器有限公司{tag}")).Should().Equal([$"广东联昌智能科技有限公司{tag}"], "the former name still finds the enterprise");
        var visited = await (await world.Staff.GetAsync($"/api/enterprises/visits/{visit.Id()}")).ShouldBe(HttpStatusCode.OK);
        visited.GetProperty("enterpriseName").GetString().Should().Be($"广东联昌智能科技有限公司{tag}", "the visit's copy of the name follows the rename");
        visited.GetProperty("town").GetString().Should().Be("翠亨新区");

        rename["version"] = registered.Version();
        var stale = await (await world.Staff.PutAsJsonAsync($"{Enterprises}/{registered.Id()}", rename)).ShouldBe(HttpStatusCode.Conflict);
        EnterpriseRequests.ErrorFields(stale).Should().Equal("version");
    }

    private async Task<string> Refused(string code)
    {
        var response = await world.Staff.PostAsJsonAsync(Enterprises, EnterpriseRequests.Enterprise(creditCode: code));
        var problem = await response.ShouldBe(HttpStatusCode.BadRequest);
        EnterpriseRequests.ErrorFields(problem).Should().Equal(["creditCode"], "{0} is not a valid code", code);
        return EnterpriseRequests.ErrorOf(problem, "creditCode");
    }

    private async Task<int> Total(string query) =>
        (await (await world.Admin.GetAsync($"{Enterprises}{query}")).ShouldBe(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    private async Task<List<string?>> Names(string query)
    {
        var page = await (await world.Staff.GetAsync($"{Enterprises}{query}")).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
    }
}
