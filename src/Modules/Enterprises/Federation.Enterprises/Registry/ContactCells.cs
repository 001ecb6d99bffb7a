namespace Federation.Enterprises.Registry;

/// <summary>
/// A contact as one entry of a spreadsheet cell, "陈先生 总经理 0760-88888888": written by the
/// registry's export and read back by its import, so an exported list imports as it is.
/// </summary>
internal static class ContactCells
{
    /// <summary>Name, role and phone separated by spaces, blanks left out.</summary>
    public static string Write(EnterpriseContact contact) =>
        string.Join(" ", new[] { contact.Name, contact.Role, contact.Phone }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>
    /// The first word is the name; trailing words made of digits and dialling signs are the phone
    /// (a number may be written with spaces); what lies between is the role.
    /// </summary>
    public static ContactRequest Read(string entry)
    {
        var words = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phoneFrom = words.Length;
        while (phoneFrom > 1 && IsPhoneWord(words[phoneFrom - 1])) phoneFrom--;
        var role = string.Join(" ", words[1..phoneFrom]);
        var phone = string.Join(" ", words[phoneFrom..]);
        return new ContactRequest(words.FirstOrDefault(), role.Length == 0 ? null : role, phone.Length == 0 ? null : phone);
    }

    private static bool IsPhoneWord(string word) => word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || "+-()（）转#*".Contains(c));
}
