using System.Globalization;
using Federation.Kernel.Http;
using Federation.Kernel.Modules;
using Federation.Kernel.PersonalData;
using Federation.Platform.Resources;

namespace Federation.Platform.PersonalData;

/// <summary>
/// A data subject's PIPL requests across the work lines (ADR 0032): find a person in every module
/// that holds people, copy out what each holds, erase them everywhere. The modules answer through
/// <see cref="IPersonalDataHolder"/> in the requester's organisation scope; the platform then takes
/// the erased values out of its own copies and records the request.
/// </summary>
internal sealed class SubjectRequests(IEnumerable<IPersonalDataHolder> holders, IModuleDirectory modules, IPersonalDataLog log,
    PlatformRedaction redaction, TimeProvider clock)
{
    public async Task<IReadOnlyList<PersonResponse>> Find(string? text, CancellationToken ct)
    {
        var asked = text?.Trim();
        if (string.IsNullOrEmpty(asked)) throw new RequestRejectedException("q", Kernel.Resources.Text.Get("RequiredField"));
        if (asked.Length < PersonalDataRequestLimits.LookupShortest)
            throw new RequestRejectedException("q", PlatformText.Format("PersonalData.LookupTooShort", PersonalDataRequestLimits.LookupShortest));
        if (asked.Length > PersonalDataRequestLimits.LookupLength)
            throw new RequestRejectedException("q", PlatformText.Format("PersonalData.LookupTooLong", PersonalDataRequestLimits.LookupLength));
        var found = new List<PersonResponse>();
        foreach (var holder in Holders()) found.AddRange((await holder.Find(asked, ct)).Select(Readable));
        return found.OrderBy(p => p.Module, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<ExportResponse> Export(ExportRequest request, CancellationToken ct)
    {
        var people = new List<(PersonRecord Person, IPersonalDataHolder Holder)>();
        foreach (var (record, index) in request.Records!.Select((r, i) => (r!, i)))
            people.Add(await Resolve(record, $"records[{index}]", ct));
        var copies = new List<PersonCopyResponse>();
        var culture = CultureInfo.CurrentUICulture;
        foreach (var (person, holder) in people.DistinctBy(p => Key(p.Person)))
        {
            var copy = await holder.Copy(person, ct);
            copies.Add(new PersonCopyResponse(Readable(person),
                copy.Facts.Select(f => new FactResponse(f.Field, f.Title.For(culture), f.Value, f.Personal)).ToList()));
            var disclosed = copy.Facts.Where(f => f.Personal && f.Value is not null).Select(f => f.Field).ToList();
            await log.Record(person.Type, PersonalDataAction.Exported, [Subject(person)], disclosed, request.Reason, ct);
        }
        return new ExportResponse(clock.GetUtcNow().UtcDateTime, request.Reason!.Trim(), copies);
    }

    public async Task<ErasureResponse> Erase(ErasureRequest request, CancellationToken ct)
    {
        var (person, holder) = await Resolve(request.Record!, "record", ct);
        var erased = await holder.Erase(person, ct);
        await redaction.Redact(erased, ct);
        var after = erased.Person;
        // A person erased before has nothing left to erase: the request changes nothing and adds no row.
        if (erased.Fields.Count > 0)
            await log.Record(person.Type, PersonalDataAction.Erased, [Subject(after)], erased.Fields, request.Reason, ct);
        return new ErasureResponse(Key(after), after.Type.Module, after.Type.RecordType, after.RecordId, after.Name, erased.Fields, erased.Fields.Count == 0);
    }

    /// <summary>The person a key names, or a 404 naming <paramref name="field"/> when no module holds them in the requester's scope.</summary>
    private async Task<(PersonRecord, IPersonalDataHolder)> Resolve(string key, string field, CancellationToken ct)
    {
        var parts = key.Trim().Split('/', 3);
        if (parts.Length == 3 && modules.Enabled.Any(m => m.Name == parts[0]))
            foreach (var holder in Holders())
                if (await holder.Person(parts[1], parts[2], ct) is { } person && person.Type.Module == parts[0])
                    return (person, holder);
        throw new RequestRejectedException(field, PlatformText.Get("PersonalData.NoSuchPerson"), 404);
    }

    // The host registers the holders of the enabled modules only: a switched-off work line's people wait for it.
    private IEnumerable<IPersonalDataHolder> Holders() => holders;

    private static PersonalDataSubject Subject(PersonRecord person) => new(person.RecordId, person.Name, person.OrganisationId);

    private static string Key(PersonRecord person) => $"{person.Type.Module}/{person.Type.RecordType}/{person.Key}";

    private PersonResponse Readable(PersonRecord person)
    {
        var culture = CultureInfo.CurrentUICulture;
        var module = modules.Enabled.FirstOrDefault(m => m.Name == person.Type.Module);
        return new PersonResponse(Key(person), person.Type.Module, module?.Title.For(culture) ?? person.Type.Module, person.Type.RecordType,
            person.Type.Title.For(culture), person.RecordId, person.Name, person.OrganisationId, PersonalDataRedaction.IsPlaceholder(person.Name));
    }
}
