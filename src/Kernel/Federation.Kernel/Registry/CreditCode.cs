namespace Federation.Kernel.Registry;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from
/// 0-9 and the capitals without I, O, S, V, Z; the last checks the first 17.
/// </summary>
public static class CreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Whether <paramref name="code"/> is 18 allowed characters with a correct check character; <see cref="Check"/> says what is wrong.</summary>
    public static bool IsValid(string? code) => Check(code) == CreditCodeProblem.None;

    /// <summary>What is wrong with a code, so a user learns whether to count, look for a letter or re-read it.</summary>
    public static CreditCodeProblem Check(string? code)
    {
        if (code is null || code.Length != 18) return CreditCodeProblem.Length;
        if (code.Any(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0)) return CreditCodeProblem.Character;
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        var check = 31 - sum % 31;
        return code[17] == Alphabet[check == 31 ? 0 : check] ? CreditCodeProblem.None : CreditCodeProblem.CheckCharacter;
    }

    /// <summary>The characters of <paramref name="code"/> a code may not contain, each once.</summary>
    public static string ForbiddenCharacters(string code) =>
        new(code.Where(c => Alphabet.IndexOf(c, StringComparison.Ordinal) < 0).Distinct().ToArray());

    /// <summary>The code with its check character, for the first 17 characters (test data and demo records).</summary>
    public static string Complete(string first17)
    {
        if (first17.Length != 17) throw new ArgumentException("17 characters are needed.", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        var check = 31 - sum % 31;
        return first17 + Alphabet[check == 31 ? 0 : check];
    }
}

/// <summary>What <see cref="CreditCode.Check"/> found wrong with a code.</summary>
public enum CreditCodeProblem
{
    /// <summary>Nothing: the code is valid.</summary>
    None,

    /// <summary>Not 18 characters.</summary>
    Length,

    /// <summary>A character outside 0-9 and the capitals without I, O, S, V, Z.</summary>
    Character,

    /// <summary>The last character does not check the first 17: a typo somewhere.</summary>
    CheckCharacter,
}
