using Microsoft.AspNetCore.Routing;

namespace Federation.Kernel.Modules;

/// <summary>
/// The one entry class of a work line. The host finds every implementation by scanning,
/// skips those switched off with <c>Modules:&lt;Name&gt;:Enabled = false</c>, and asks the rest
/// for their registrations, endpoints, permissions and KPIs.
/// </summary>
public interface IModule
{
    /// <summary>The configuration and log name, e.g. "Investment".</summary>
    string Name { get; }

    /// <summary>The URL segment under <c>/api/</c>, e.g. "investment".</summary>
    string RoutePrefix { get; }

    /// <summary>The prefix of every table the module owns, e.g. "inv".</summary>
    string TablePrefix { get; }

    /// <summary>The name users read, in Chinese and English.</summary>
    LocalizedText Title { get; }

    /// <summary>The permissions the module checks, usually its <see cref="PermissionDefinition.Read"/> and <see cref="PermissionDefinition.Write"/> ones; roles receive them by kind.</summary>
    IReadOnlyList<PermissionDefinition> Permissions { get; }

    /// <summary>The figures the module reports to the scorecard; empty for none.</summary>
    IReadOnlyList<Kpis.KpiDefinition> Kpis { get; }

    /// <summary>
    /// The module's paragraph of the annual report, with <c>{period}</c> and <c>{kpi-key}</c>
    /// placeholders the scorecard fills in ("全年助力引进投资{investment.signed-amount}"); null for none.
    /// </summary>
    LocalizedText? ReportParagraph => null;

    /// <summary>The record types that keep people's personal data, and their personal fields; empty for none.</summary>
    IReadOnlyList<PersonalData.PersonalRecordType> PersonalData => [];

    /// <summary>The events the module offers to webhook subscribers, with their payloads; empty for none.</summary>
    IReadOnlyList<Webhooks.WebhookEventType> WebhookEvents => [];

    /// <summary>The module's entries in the shell's navigation; each shows only to users holding its permission.</summary>
    IReadOnlyList<Web.MenuEntry> Menu { get; }

    /// <summary>Declares the module's services, DbContext and event subscriptions.</summary>
    void Register(ModuleRegistration registration);

    /// <summary>Maps the module's HTTP endpoints on a group already rooted at <c>/api/{RoutePrefix}</c>.</summary>
    void MapEndpoints(IEndpointRouteBuilder api);

    /// <summary>
    /// Maps endpoints whose paths lie outside <c>/api/{RoutePrefix}</c>, on a group rooted at
    /// <c>/api</c> that requires a signed-in user unless an endpoint allows anonymous access: the
    /// platform's sign-in (<c>/api/auth</c>), ledger imports and notifications, which serve every
    /// work line. A work line maps everything under its prefix and leaves this empty.
    /// </summary>
    void MapSharedEndpoints(IEndpointRouteBuilder api) { }

    /// <summary>
    /// Maps endpoints outside <c>/api</c> on the application itself, with no authorization added by
    /// the host: the platform's <c>/metrics</c>, which checks its callers its own way. A work line
    /// leaves this empty.
    /// </summary>
    void MapOutsideApi(IEndpointRouteBuilder app) { }

    /// <summary>
    /// False only for the platform's own module (sign-in, users, organisations, the audit log),
    /// which is not a work line: it cannot be switched off, gets no department staff role, and its
    /// permissions are not work-line writes.
    /// </summary>
    bool IsWorkLine => true;
}

/// <summary>A text in Simplified Chinese and English.</summary>
/// <param name="Zh">The Simplified Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for <paramref name="culture"/>: the Chinese for any zh culture, the English otherwise.</summary>
    public string For(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh" ? Zh : En;
}
