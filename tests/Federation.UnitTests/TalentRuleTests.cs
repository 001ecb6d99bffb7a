using Federation.Kernel.Http;
using Federation.Talent.Contracts;
using Federation.Talent.Events;
using Federation.Talent.Letters;
using Federation.Talent.Talents;
using TalentRecord = Federation.Talent.Talents.Talent;
using Federation.Talent.Kpis;

namespace Federation.UnitTests;

/// <summary>The talent work line's rules: status moves, merges, and what its records count for.</summary>
public sealed class TalentRuleTests
{
    // Statuses are internal to the module: the theory names them.
    public static TheoryData<string, string, bool> ByHand()
    {
        var allowed = new HashSet<(TalentStatus, TalentStatus)>
        {
            (TalentStatus.Met, TalentStatus.InContact), (TalentStatus.Met, TalentStatus.Lost),
            (TalentStatus.InContact, TalentStatus.Lost),
            (TalentStatus.IntentSigned, TalentStatus.Settled), (TalentStatus.IntentSigned, TalentStatus.Lost),
            (TalentStatus.Lost, TalentStatus.InContact),
        };
        var data = new TheoryData<string, string, bool>();
        foreach (var from in Enum.GetValues<TalentStatus>())
            foreach (var to in Enum.GetValues<TalentStatus>())
                data.Add(from.ToString(), to.ToString(), allowed.Contains((from, to)));
        return data;
    }

    [Theory]
    [MemberData(nameof(ByHand))]
    public void Only_the_listed_status_moves_can_be_made_by_hand(string from, string to, bool allowed)
    {
        TalentStatusRules.CanMoveByHand(Enum.Parse<TalentStatus>(from), Enum.Parse<TalentStatus>(to)).Should().Be(allowed);
    }

    [Fact]
    public void Intent_signed_comes_only_from_a_letter_and_a_withdrawal_takes_it_back_to_in_contact()
    {
        var talent = NewTalent("陈思远", null);
        var byHand = () => talent.MoveTo(TalentStatus.IntentSigned);
        byHand.Should().Throw<RuleViolationException>().Which.Field.Should().Be("status");

        talent.LetterSigned();
        talent.Status.Should().Be(TalentStatus.IntentSigned);
        talent.LetterWithdrawn();
        talent.Status.Should().Be(TalentStatus.InContact);
    }

    [Fact]
    public void A_merge_keeps_what_either_record_knows_and_the_further_status_and_marks_the_duplicate()
    {
        var kept = NewTalent("陈思远", null);
        var duplicate = NewTalent(null, "chen@example.org");
        duplicate.NameForeign = "Chen Siyuan";
        duplicate.LetterSigned();

        kept.Absorb(duplicate);

        kept.Contact.Should().Be("chen@example.org");
        kept.NameForeign.Should().Be("Chen Siyuan");
        kept.NameZh.Should().Be("陈思远", "what the kept record knows wins");
        kept.Status.Should().Be(TalentStatus.IntentSigned);
        duplicate.MergedIntoId.Should().Be(kept.Id);
        var again = () => kept.Absorb(duplicate);
        again.Should().Throw<RuleViolationException>("a merged record cannot be merged twice");
    }

    [Fact]
    public void An_event_counts_its_talents_by_degree_and_each_country_once()
    {
        var held = new TalentEvent { Title = "沙龙", StartDate = new DateOnly(2023, 4, 15), Flagship = true };
        held.RecordTalentsMet([new(Degree.PhD, "MO", 18), new(Degree.Master, "MO", 30), new(Degree.Bachelor, "PT", 6), new(Degree.PhD, "RU", 0)]);

        var facts = TalentKpiFacts.Of(held).ToList();

        held.TalentsMetCount.Should().Be(54);
        facts.Where(f => f.KpiKey == "talent.talents-met").Sum(f => f.Value).Should().Be(54);
        facts.Single(f => f.KpiKey == "talent.phds-met" && f.CountryOrRegion == "MO").Value.Should().Be(18);
        facts.Single(f => f.KpiKey == "talent.masters-met").Value.Should().Be(30);
        facts.Where(f => f.KpiKey == "talent.countries-reached").Select(f => f.DistinctKey).Should().BeEquivalentTo(["MO", "PT"],
            "a country whose count is 0 was not reached");
        facts.Count(f => f.KpiKey == "talent.flagship-events").Should().Be(1);
    }

    [Fact]
    public void A_letter_counts_by_its_degree_while_active_and_not_once_withdrawn()
    {
        var letter = new LetterOfIntent
        {
            TalentName = "陈思远", Degree = Degree.Master, EmployerName = "企业", Town = "石岐", SignedOn = new DateOnly(2023, 10, 1),
        };

        TalentKpiFacts.Of(letter).Select(f => f.KpiKey).Should().Equal("talent.letters-of-intent", "talent.master-letters");
        letter.Withdraw(new DateOnly(2023, 11, 1), "另有安排");
        TalentKpiFacts.Of(letter).Should().BeEmpty();
    }

    private static TalentRecord NewTalent(string? name, string? contact) =>
        new() { NameZh = name, Field = "材料", CountryOrRegion = "RU", Institution = "莫斯科国立大学", Contact = contact, Degree = Degree.PhD };
}
