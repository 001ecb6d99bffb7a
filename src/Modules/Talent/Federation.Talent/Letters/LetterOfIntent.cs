using Federation.Kernel.Kpis;
using Federation.Talent.Contracts;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Search;
using Federation.Kernel.RecycleBin;

namespace Federation.Talent.Letters;

/// <summary>A letter of intent to settle and work in the city (落地意向书); a talent has at most one active letter.</summary>
internal sealed class LetterOfIntent : IReportsKpis, ISearchable, IRecyclable
{
    public RecycleDescription DescribeForRecycleBin() => RecycleDescription.Of(DescribeForSearch());

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid TalentId { get; set; }
    public required string TalentName { get; set; }

    /// <summary>The degree at signing, kept with the letter: the scorecard counts letters by it.</summary>
    public Degree Degree { get; set; }
    public required string EmployerName { get; set; }
    public string? EmployerCreditCode { get; set; }
    public required string Town { get; set; }
    public DateOnly SignedOn { get; set; }
    public Guid? ProgrammeId { get; set; }
    public bool Active { get; private set; } = true;
    public DateOnly? WithdrawnOn { get; private set; }
    public string? WithdrawnReason { get; private set; }
    public int Version { get; set; }

    public SearchDescription DescribeForSearch() => new(new("意向书", "Letter of intent"), TalentName,
        SearchDescription.Words(EmployerName, EmployerCreditCode, Town), $"/talent/talents/{TalentId}", TalentModule.Read);

    public void Withdraw(DateOnly on, string reason)
    {
        Active = false;
        WithdrawnOn = on;
        WithdrawnReason = reason;
    }

    public LetterOfIntentSnapshot ToSnapshot() => new(
        Id, OrganisationId, TalentId, Degree, EmployerName, EmployerCreditCode, Town, SignedOn, Active, Version);
}
