using System.Net;
using System.Text;
using System.Text.Json;
using Federation.IntegrationTests.Infrastructure;

namespace Federation.IntegrationTests.Reliability;

/// <summary>
/// A JSON body declared in a character set the server does not know is the client's mistake:
/// a 415 problem naming the body, never a 500 (the generated bad requests found it).
/// </summary>
public sealed class CharsetTests(FederationFactory factory) : IClassFixture<FederationFactory>
{
    [Theory]
    [InlineData("nonsense")]
    [InlineData("")]
    [InlineData("utf-7")]
    [InlineData("\"\"")]
    public async Task A_body_in_an_unknown_charset_is_a_415_naming_the_body(string charset)
    {
        var admin = await factory.Admin();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(InvestmentRequests.Event(), Json.Options)));
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");

        var response = await admin.PostAsync("/api/investment/events", content);

        var problem = await response.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (response.Content.Headers.ContentType?.MediaType).Should().Be("application/problem+json");
        EnterpriseRequests.ErrorFields(problem).Should().Equal("body");
    }
}
