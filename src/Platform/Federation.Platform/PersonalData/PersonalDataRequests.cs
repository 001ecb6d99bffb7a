using Federation.Kernel.Validation;
using FluentValidation;

namespace Federation.Platform.PersonalData;

/// <summary>The request limits of a person's PIPL requests.</summary>
internal static class PersonalDataRequestLimits
{
    public const int LookupLength = 100;
    public const int LookupShortest = 2;
    public const int KeyLength = 200;
    public const int MostRecords = 50;
}

/// <summary>
/// A subject access export: the people to copy, as the lookup named them ("Talent/Talent/{id}"),
/// why, and as what: "json" (the default) or "xlsx".
/// </summary>
internal sealed record ExportRequest(IReadOnlyList<string?>? Records, string? Reason, string? Format);

/// <summary>An erasure: the person as the lookup named them, why, and <see cref="Confirm"/> true to say the requester read what happens.</summary>
internal sealed record ErasureRequest(string? Record, string? Reason, bool? Confirm);

internal sealed class ExportRequestValidator : AbstractValidator<ExportRequest>
{
    public ExportRequestValidator()
    {
        RuleFor(r => r.Records).NotEmpty().WithMessage(_ => Federation.Kernel.Resources.Text.Get("RequiredField"))
            .Must(r => r is null || r.Count <= PersonalDataRequestLimits.MostRecords)
            .WithMessage(_ => Resources.PlatformText.Format("PersonalData.TooManyRecords", PersonalDataRequestLimits.MostRecords));
        RuleForEach(r => r.Records).RequiredText(PersonalDataRequestLimits.KeyLength);
        RuleFor(r => r.Reason).RequiredText(PersonalDataAccess.ReasonLength);
        RuleFor(r => r.Format).Must(f => f is null or "json" or "xlsx")
            .WithMessage(_ => Resources.PlatformText.Get("PersonalData.UnknownFormat"));
    }
}

internal sealed class ErasureRequestValidator : AbstractValidator<ErasureRequest>
{
    public ErasureRequestValidator()
    {
        RuleFor(r => r.Record).RequiredText(PersonalDataRequestLimits.KeyLength);
        RuleFor(r => r.Reason).RequiredText(PersonalDataAccess.ReasonLength);
        RuleFor(r => r.Confirm).Equal(true).WithMessage(_ => Resources.PlatformText.Get("PersonalData.ConfirmErasure"));
    }
}

/// <summary>A person found by the lookup, with the key the export and the erasure take.</summary>
internal sealed record PersonResponse(string Record, string Module, string ModuleTitle, string RecordType, string RecordTypeTitle,
    Guid RecordId, string Name, Guid OrganisationId, bool Erased);

/// <summary>One fact of a person's copy.</summary>
internal sealed record FactResponse(string Field, string Title, string? Value, bool Personal);

/// <summary>What one module holds about one person.</summary>
internal sealed record PersonCopyResponse(PersonResponse Person, IReadOnlyList<FactResponse> Facts);

/// <summary>A subject access export as JSON: when, why, and each person's copy.</summary>
internal sealed record ExportResponse(DateTime ExportedAtUtc, string Reason, IReadOnlyList<PersonCopyResponse> People);

/// <summary>What an erasure did: the person's record, the name it now bears, the fields erased (none when it had been erased before).</summary>
internal sealed record ErasureResponse(string Record, string Module, string RecordType, Guid RecordId, string Name,
    IReadOnlyList<string> ErasedFields, bool AlreadyErased);
