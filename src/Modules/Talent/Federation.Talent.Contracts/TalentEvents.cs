using Federation.Kernel.Messaging;

namespace Federation.Talent.Contracts;

/// <summary>A degree as the federation counts talents: 博士, 硕士, 学士, 博士后.</summary>
public enum Degree
{
    PhD,
    Master,
    Bachelor,
    Postdoc,
}

/// <summary>How many talents of one degree and country/region of study were met at an event.</summary>
public sealed record TalentsMet(Degree Degree, string CountryOrRegion, int Count);

/// <summary>A talent event as it now stands (引才活动): its flagship mark and the talents met, by degree and country.</summary>
public sealed record TalentEventSnapshot(
    Guid TalentEventId,
    Guid OrganisationId,
    string Title,
    bool Flagship,
    DateOnly StartDate,
    IReadOnlyList<TalentsMet> TalentsMet,
    Guid? ProgrammeId,
    int Version);

/// <summary>A talent event was recorded or corrected; <see cref="Removed"/> when it was deleted.</summary>
public sealed record TalentEventChanged(TalentEventSnapshot Event, bool Removed) : IntegrationEvent;

/// <summary>
/// A letter of intent (落地意向书) as it now stands. It names the employer as written and, when the
/// talent's future employer is a registered enterprise, its unified social credit code, so the
/// enterprise registry can link the letter to the enterprise without asking this module. It names
/// the talent by id only: a person's name is personal data, kept by the talent work line alone (ADR 0032).
/// </summary>
public sealed record LetterOfIntentSnapshot(
    Guid LetterId,
    Guid OrganisationId,
    Guid TalentId,
    Degree Degree,
    string EmployerName,
    string? EmployerCreditCode,
    string Town,
    DateOnly SignedOn,
    bool Active,
    int Version);

/// <summary>A letter of intent was signed, withdrawn or moved to another talent record by a merge; <see cref="Removed"/> when deleted.</summary>
public sealed record LetterOfIntentChanged(LetterOfIntentSnapshot Letter, bool Removed) : IntegrationEvent;

/// <summary>A partner organisation set something up in the city (人才工作站, 社会实践中心).</summary>
public sealed record PartnerBaseChanged(
    Guid PartnerBaseId,
    Guid OrganisationId,
    string PartnerOrganisation,
    string Name,
    DateOnly EstablishedOn,
    bool Removed,
    int Version) : IntegrationEvent;
