using System.Xml.Linq;
using Federation.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Federation.IntegrationTests.Platform;

/// <summary>The keys that sign cookies are kept in the store, so every host sharing it reads the same ring.</summary>
public sealed class KeyRingTests
{
    [Fact]
    public async Task A_key_written_to_the_ring_is_read_back_from_the_store_with_the_others()
    {
        using var factory = new FederationFactory();
        await factory.Admin();
        var ring = factory.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository!;
        var before = ring.GetAllElements().Count;
        // Only keys with an encrypted secret are read back (ADR 0028).
        var key = new XElement("key", new XAttribute("id", Guid.NewGuid()),
            new XElement("descriptor", new XElement("encryptedSecret", new XElement("note", "密钥 ' \" <test>"))));

        ring.StoreElement(key, "key-" + Guid.NewGuid());

        var after = ring.GetAllElements();
        after.Should().HaveCount(before + 1, "signing the admin in made the first key; this is the second");
        after.Last().ToString().Should().Be(key.ToString());
    }
}
