using Federation.Kernel.Persistence;
using Federation.Kernel.PersonalData;

namespace Federation.Platform.PersonalData;

/// <summary>One record's personal data received in full by one reader: who, whose, which fields, when, why, from where.</summary>
[NotAudited]
internal sealed class PersonalDataAccess
{
    public const int ReasonLength = 500;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public Guid? UserId { get; set; }
    public required string UserName { get; set; }
    public string? Address { get; set; }
    public PersonalDataAction Action { get; set; }
    public required string Module { get; set; }
    public required string RecordType { get; set; }
    public Guid RecordId { get; set; }
    public required string RecordName { get; set; }
    /// <summary>The record's owner: a branch's admin reviews the access to its subtree's records only.</summary>
    public Guid OrganisationId { get; set; }
    /// <summary>The fields received, comma-separated as the API names them ("contact").</summary>
    public required string Fields { get; set; }
    public string? Reason { get; set; }
}
