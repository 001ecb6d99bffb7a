using System.Globalization;
using Federation.Kernel.Registry;
using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.UnitTests;

/// <summary>The unified social credit code check (GB 32100-2015) and what a user is told when a code is wrong.</summary>
public sealed class CreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    public void Published_codes_pass(string code)
    {
        CreditCode.Check(code).Should().Be(CreditCodeProblem.None);
    }

    [Theory]
    [InlineData("91350100M000100Y44", CreditCodeProblem.CheckCharacter)]
    [InlineData("91110000600037341K", CreditCodeProblem.CheckCharacter)]
    [InlineData("91350100M00010Y43", CreditCodeProblem.Length)]
    [InlineData("91350100M000100Y430", CreditCodeProblem.Length)]
    [InlineData("", CreditCodeProblem.Length)]
    [InlineData("91350100I000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100O000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100S000100Y43", CreditCodeProblem.Character)]
    [InlineData("91350100m000100y43", CreditCodeProblem.Character)]
    [InlineData("91350100M000100Y4 ", CreditCodeProblem.Character)]
    public void Wrong_codes_say_what_is_wrong(string code, CreditCodeProblem problem)
    {
        CreditCode.Check(code).Should().Be(problem);
    }

    [Fact]
    public void A_check_character_of_31_is_written_as_0()
    {
        // Worked out by hand from GB 32100's weights: the first 17 characters weigh 0 mod 31, so 31 − 0 = 31, written 0.
        CreditCode.Check("914420007100000170").Should().Be(CreditCodeProblem.None);
        CreditCode.Check("91442000710000017Y").Should().Be(CreditCodeProblem.CheckCharacter, "31 is not written as the 31st character");
        CreditCode.Complete("91442000710000017").Should().Be("914420007100000170");
    }

    [Fact]
    public void Completing_a_body_gives_a_code_that_passes_and_changing_any_character_fails_it()
    {
        var code = CreditCode.Complete("91442000MA4UXQ7P2");
        CreditCode.IsValid(code).Should().BeTrue();
        for (var i = 0; i < 17; i++)
        {
            var altered = code[..i] + (code[i] == '1' ? '2' : '1') + code[(i + 1)..];
            CreditCode.IsValid(altered).Should().BeFalse($"position {i} was altered");
        }
    }

    [Theory]
    [InlineData("91350100M00010Y43", "17")]
    [InlineData("91350100IO00100Y43", "IO")]
    [InlineData("91350100M000100Y44", "校验位")]
    public void The_validator_message_names_the_length_the_letters_or_the_check_character(string code, string mentioned)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        var result = new Probe().Validate(new Holder(code));
        result.IsValid.Should().BeFalse();
        result.Errors.Single().PropertyName.Should().Be(nameof(Holder.Code));
        result.Errors.Single().ErrorMessage.Should().Contain(mentioned);
    }

    [Fact]
    public void The_validator_accepts_no_code_and_a_good_code()
    {
        new Probe().Validate(new Holder(null)).IsValid.Should().BeTrue();
        new Probe().Validate(new Holder("91350100M000100Y43")).IsValid.Should().BeTrue();
    }

    private sealed record Holder(string? Code);

    private sealed class Probe : AbstractValidator<Holder>
    {
        public Probe() => RuleFor(h => h.Code).CreditCode();
    }
}
