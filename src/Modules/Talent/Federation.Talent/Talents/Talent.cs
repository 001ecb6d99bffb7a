using Federation.Kernel.Http;
using Federation.Kernel.Persistence;
using Federation.Talent.Contracts;
using Federation.Talent.Resources;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Talent.Talents;

/// <summary>
/// A talent the federation met (人才), beyond the counts: who, what they studied where, how to reach
/// them and whether they agreed to be contacted, and how far they are from settling in the city.
/// </summary>
internal sealed class Talent : IVersioned, IOrganisationOwned, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string? NameZh { get; set; }
    public string? NameForeign { get; set; }
    public Degree Degree { get; set; }
    public required string Field { get; set; }
    public required string CountryOrRegion { get; set; }
    public required string Institution { get; set; }
    public string? Contact { get; set; }
    public string? HowMet { get; set; }
    public Guid? MetAtEventId { get; set; }

    /// <summary>Whether the talent agreed to be contacted, and when that was recorded: kept for the record, never assumed.</summary>
    public bool ConsentToContact { get; set; }
    public DateOnly? ConsentRecordedOn { get; set; }
    public TalentStatus Status { get; private set; } = TalentStatus.Met;

    /// <summary>Set on a duplicate merged into another record; the row stays as history and leaves the lists.</summary>
    public Guid? MergedIntoId { get; private set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("人才", "Talent"), NameZh ?? NameForeign ?? "",
        SearchDescription.Words(NameZh is null ? null : NameForeign, Field, Institution, HowMet), $"/talent/talents/{Id}", TalentModule.Read);

    public string DisplayName => NameZh is null ? NameForeign! : NameForeign is null ? NameZh : $"{NameZh}（{NameForeign}）";

    /// <summary>Moves the status by hand; a letter of intent is what makes a talent "intent signed".</summary>
    public void MoveTo(TalentStatus to)
    {
        if (!TalentStatusRules.CanMoveByHand(Status, to))
            throw new RuleViolationException("status", TalentText.Format("StatusNotAllowed", TalentText.Of(Status), TalentText.Of(to)));
        Status = to;
    }

    public void LetterSigned() => Status = TalentStatus.IntentSigned;

    public void LetterWithdrawn()
    {
        if (Status == TalentStatus.IntentSigned) Status = TalentStatus.InContact;
    }

    /// <summary>Takes over what the duplicate knows and this record does not; the duplicate stays, marked as merged.</summary>
    public void Absorb(Talent duplicate)
    {
        if (duplicate.Id == Id || duplicate.MergedIntoId is not null || MergedIntoId is not null)
            throw new RuleViolationException("duplicateId", TalentText.Get("CannotMerge"));
        NameZh ??= duplicate.NameZh;
        NameForeign ??= duplicate.NameForeign;
        Contact ??= duplicate.Contact;
        HowMet ??= duplicate.HowMet;
        MetAtEventId ??= duplicate.MetAtEventId;
        if (!ConsentToContact && duplicate.ConsentToContact)
        {
            ConsentToContact = true;
            ConsentRecordedOn = duplicate.ConsentRecordedOn;
        }
        if (TalentStatusRules.Progress(duplicate.Status) > TalentStatusRules.Progress(Status)) Status = duplicate.Status;
        Notes = string.Join("\n", new[] { Notes, duplicate.Notes }.Where(n => !string.IsNullOrWhiteSpace(n)));
        duplicate.MergedIntoId = Id;
    }
}

internal enum TalentStatus
{
    Met,
    InContact,
    IntentSigned,
    Settled,
    Lost,
}

/// <summary>met → in contact → letter of intent signed → settled in the city, or lost; a lost talent may be contacted again.</summary>
internal static class TalentStatusRules
{
    private static readonly Dictionary<TalentStatus, TalentStatus[]> ByHand = new()
    {
        [TalentStatus.Met] = [TalentStatus.InContact, TalentStatus.Lost],
        [TalentStatus.InContact] = [TalentStatus.Lost],
        [TalentStatus.IntentSigned] = [TalentStatus.Settled, TalentStatus.Lost],
        [TalentStatus.Settled] = [],
        [TalentStatus.Lost] = [TalentStatus.InContact],
    };

    public static bool CanMoveByHand(TalentStatus from, TalentStatus to) => ByHand[from].Contains(to);

    public static IReadOnlyList<TalentStatus> AllowedByHand(TalentStatus from) => ByHand[from];

    /// <summary>How far along a status is, to keep the further one when two records merge; lost counts as not started.</summary>
    public static int Progress(TalentStatus status) => status switch
    {
        TalentStatus.Met => 1,
        TalentStatus.InContact => 2,
        TalentStatus.IntentSigned => 3,
        TalentStatus.Settled => 4,
        _ => 0,
    };
}
