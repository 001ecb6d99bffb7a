using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.PersonalData;
using Federation.Kernel.Web;
using Federation.Talent.Data;
using Federation.Talent.Letters;
using Federation.Talent.Talents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Federation.Scorecard.Contracts;
using Federation.Kernel.Geography;

namespace Federation.Talent.Pages.Talent.Talents;

/// <summary>One talent: the status, the letters of intent (sign, withdraw) and the records that look like the same person (merge).</summary>
[RequirePermission(TalentModule.Read)]
internal sealed class DetailsModel(TalentDbContext db, ICurrentUser user, IProgrammeCatalogue programmes, IPersonalDataLog log, IPlaceDirectory places) : PageModel
{
    public TalentResponse? Talent { get; private set; }
    public IReadOnlyList<LetterResponse> Letters { get; private set; } = [];
    public IReadOnlyList<TalentResponse> Duplicates { get; private set; } = [];
    public bool CanWrite => user.HasPermission(TalentModule.Write);

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostStatusAsync(Guid id, TalentStatus? status, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, TalentModule.Write) is { } refused) return refused;
        var request = new StatusRequest(status, version);
        if (await this.Validate(request, "") && await this.Try("", () => TalentEndpoints.Move(id, request, db, user, ct)))
            return Redirect($"/talent/talents/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, string? employerName, string? employerCreditCode, string? town, DateOnly? signedOn, CancellationToken ct)
    {
        if (this.Lacks(user, TalentModule.Write) is { } refused) return refused;
        var request = new LetterRequest(employerName, employerCreditCode, town, signedOn, null);
        if (await this.Validate(request, "") && await this.Try("", () => LetterEndpoints.Sign(id, request, db, user, programmes, places, ct)))
            return Redirect($"/talent/talents/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid letterId, DateOnly? on, string? reason, int? version, CancellationToken ct)
    {
        if (this.Lacks(user, TalentModule.Write) is { } refused) return refused;
        var request = new WithdrawRequest(on, reason, version);
        if (await this.Validate(request, "") && await this.Try("", () => LetterEndpoints.Withdraw(letterId, request, db, user, ct)))
            return Redirect($"/talent/talents/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, Guid? duplicateId, int? version, int? duplicateVersion, CancellationToken ct)
    {
        if (this.Lacks(user, TalentModule.Write) is { } refused) return refused;
        var request = new MergeRequest(duplicateId, version, duplicateVersion);
        if (await this.Validate(request, "") && await this.Try("", () => TalentEndpoints.Merge(id, request, db, user, ct)))
            return Redirect($"/talent/talents/{id}");
        return await Show(id, ct, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if ((await TalentEndpoints.Get(id, db, user, log, ct)).Result is not Ok<TalentResponse> { Value: { } talent }) return NotFound();
        Talent = talent;
        Letters = (await LetterEndpoints.List(new LetterEndpoints.ListQuery(null, null, null, id, null, null, 1, 50), db, user, ct)).Value!.Items;
        var duplicates = new List<TalentResponse>();
        foreach (var other in talent.PossibleDuplicates)
            if ((await TalentEndpoints.Get(other, db, user, log, ct)).Result is Ok<TalentResponse> { Value: { } found }) duplicates.Add(found);
        Duplicates = duplicates;
        Response.StatusCode = status;
        return Page();
    }
}
