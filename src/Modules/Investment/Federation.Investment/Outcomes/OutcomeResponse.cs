using Federation.Kernel.Figures;

namespace Federation.Investment.Outcomes;

/// <summary>An outcome as the API shows it, amounts in yuan.</summary>
internal sealed record OutcomeResponse(
    Guid Id,
    Guid OrganisationId,
    OutcomeKind Kind,
    string Title,
    int Quantity,
    Qualifier QuantityQualifier,
    int? QuantityUpTo,
    decimal? AmountYuan,
    Qualifier AmountQualifier,
    decimal? AmountUpToYuan,
    IReadOnlyList<string> Parties,
    DateOnly On,
    Guid? EventId,
    string? Town,
    Guid? ProgrammeId,
    string? Notes,
    int Version)
{
    public static OutcomeResponse From(Outcome o) => new(
        o.Id, o.OrganisationId, o.Kind, o.Title, o.Quantity, o.QuantityQualifier, o.QuantityUpTo,
        o.AmountFen / 100m, o.AmountQualifier, o.AmountUpToFen / 100m, o.Parties, o.On, o.EventId, o.Town,
        o.ProgrammeId, o.Notes, o.Version);
}
