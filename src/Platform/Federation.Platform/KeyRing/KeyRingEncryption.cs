using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Platform.KeyRing;

/// <summary>The key file's key, loaded once per host.</summary>
internal sealed record KeyRingKey(byte[] Value);

/// <summary>
/// Encrypts a ring key's secret with AES-256-GCM under the key file's key before it is stored; the
/// stored element names <see cref="KeyRingDecryptor"/>, which ASP.NET Core asks to read it back.
/// </summary>
internal sealed class KeyRingEncryptor(KeyRingKey key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[plain.Length];
        using (var aes = new AesGcm(key.Value, tag.Length)) aes.Encrypt(nonce, plain, cipher, tag);
        var element = new XElement(KeyRingDecryptor.ElementName,
            new XAttribute("nonce", Convert.ToBase64String(nonce)),
            new XAttribute("tag", Convert.ToBase64String(tag)),
            Convert.ToBase64String(cipher));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Reads back what <see cref="KeyRingEncryptor"/> stored; made by ASP.NET Core from the type named in the stored key.</summary>
internal sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public const string ElementName = "keyRingEncrypted";

    public XElement Decrypt(XElement encryptedElement)
    {
        var key = services.GetRequiredService<KeyRingKey>();
        var nonce = Convert.FromBase64String((string)encryptedElement.Attribute("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Attribute("tag")!);
        var cipher = Convert.FromBase64String(encryptedElement.Value);
        var plain = new byte[cipher.Length];
        using (var aes = new AesGcm(key.Value, tag.Length)) aes.Decrypt(nonce, cipher, tag, plain);
        return XElement.Parse(Encoding.UTF8.GetString(plain));
    }
}
