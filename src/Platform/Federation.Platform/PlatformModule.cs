using Autofac;
using Federation.Kernel.Geography;
using Federation.Kernel.Identity;
using Federation.Kernel.Kpis;
using Federation.Kernel.Messaging;
using Federation.Kernel.Modules;
using Federation.Kernel.Scheduling;
using Federation.Kernel.Web;
using Federation.Platform.ApiDocument;
using Federation.Platform.Audit;
using Federation.Platform.Backups;
using Federation.Platform.Bootstrap;
using Federation.Platform.Calendar;
using Federation.Platform.Data;
using Federation.Platform.Discussion;
using Federation.Platform.Home;
using Federation.Platform.Identity;
using Federation.Platform.Imports;
using Federation.Platform.KeyRing;
using Federation.Platform.Notifications;
using Federation.Platform.Organisations;
using Federation.Platform.PersonalData;
using Federation.Kernel.PersonalData;
using Federation.Platform.Places;
using Federation.Platform.Departments;
using Federation.Kernel.Departments;
using Federation.Platform.RecycleBin;
using Federation.Kernel.RecycleBin;
using Federation.Platform.Scheduling;
using Federation.Platform.SavedFilters;
using Federation.Platform.Search;
using Federation.Platform.Sessions;
using Federation.Platform.SignIns;
using Federation.Platform.SingleSignOn;
using Federation.Kernel.Search;
using Federation.Platform.Telemetry;
using Federation.Platform.Throttling;
using Federation.Platform.Tokens;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.Platform;

/// <summary>
/// The platform every work line stands on: sign-in (with its log and lockout, or at the organisation's provider) and API tokens, users and roles, the
/// organisation tree, the towns and areas, the audit log, ledger imports, reminders and notices,
/// the home page, global search, comments and files on records, the calendar across the work lines and its feeds, each user's saved list filters,
/// the recycle bin, backups and the first run. It is registered like a work line (its own tables, migrations,
/// outbox and inbox) but is not one: it is always on and answers the kernel's identity ports for
/// every module.
/// </summary>
public sealed class PlatformModule : IModule
{
    internal const string ModuleName = "Platform";
    internal const string Admin = PlatformPermissions.Admin;
    internal const string Audit = PlatformPermissions.Audit;
    internal const string PersonalDataRequests = "platform.personal-data-requests";
    internal const string ManageWebhooks = "platform.webhooks";

    public string Name => ModuleName;
    public string RoutePrefix => "admin";
    public string TablePrefix => "plt";
    public LocalizedText Title { get; } = new("系统管理", "Administration");
    public bool IsWorkLine => false;

    public IReadOnlyList<PermissionDefinition> Permissions { get; } =
    [
        new(Admin, PermissionKind.Admin, new("管理用户、组织和令牌", "Manage users, organisations and tokens")),
        new(Audit, PermissionKind.Admin, new("查看审计日志", "Read the audit log")),
        new(PersonalDataRequests, PermissionKind.Admin, new("办理个人信息查阅复制和删除请求", "Handle people's requests to copy or erase their personal data")),
        new(ManageWebhooks, PermissionKind.Admin, new("管理事件推送订阅", "Manage webhook subscriptions")),
    ];

    public IReadOnlyList<KpiDefinition> Kpis => [];

    public IReadOnlyList<MenuEntry> Menu { get; } =
    [
        new(new("用户", "Users"), "/admin/users", Admin, 910),
        new(new("组织", "Organisations"), "/admin/organisations", Admin, 920),
        new(new("镇街", "Towns"), "/admin/places", Admin, 925),
        new(new("部门", "Departments"), "/admin/departments", Admin, 927),
        new(new("接口令牌", "API tokens"), "/admin/tokens", Admin, 930),
        new(new("事件推送", "Webhooks"), "/admin/webhooks", ManageWebhooks, 935),
        new(new("审计日志", "Audit log"), "/admin/audit", Audit, 940),
        new(new("个人信息查阅记录", "Personal-data access"), "/admin/personal-data-access", Audit, 945),
        new(new("登录记录", "Sign-in log"), "/admin/sign-ins", Audit, 947),
        new(new("个人信息请求", "Personal-data requests"), "/admin/personal-data", PersonalDataRequests, 946),
        new(new("模块", "Modules"), "/admin/modules", Admin, 950),
        new(new("回收站", "Recycle bin"), "/admin/recycle-bin", Admin, 960),
        new(new("数据备份", "Backups"), "/admin/backups", Admin, 970) { WholePlatform = true },
        new(new("运行状态", "Service status"), "/admin/status", Admin, 975) { WholePlatform = true },
    ];

    public void Register(ModuleRegistration registration)
    {
        registration.UseDbContext<PlatformDbContext>();
        registration.Subscribe<AuditRecorded, AuditLogWriter>();
        registration.Subscribe<SearchEntryChanged, SearchEntryWriter>();
        registration.Subscribe<RecordRecycled, RecycleBinWriter>();
        registration.Subscribe<RecordRestored, RecycleBinWriter>();

        registration.Provide<ICurrentUser, RequestUser>();
        registration.Provide<IOrganisationDirectory, OrganisationDirectory>();
        registration.Provide<IPlaceDirectory, PlaceDirectory>();
        registration.Provide<IDepartmentDirectory, DepartmentDirectory>();
        registration.Provide<IPeopleDirectory, PeopleDirectory>();
        registration.Provide<IScheduledRounds, ScheduledRounds>();
        registration.Provide<IPersonalDataLog, PersonalDataLog>();
        registration.Provide<Kernel.Webhooks.IWebhookOutbox, Webhooks.WebhookOutbox>();

        registration.ConfigureServices(services =>
        {
            SignInSchemes.Add(services);
            SingleSignOnScheme.Add(services);
            KeyRingStorage.Add(services);
            RequestLimits.Add(services);
            TelemetrySetup.Add(services);
            services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.Section);
            services.AddOptions<PasswordOptions>().BindConfiguration(PasswordOptions.Section);
            services.AddOptions<SignInLogOptions>().BindConfiguration(SignInLogOptions.Section);
            services.AddOptions<ImportLimits>().BindConfiguration(ImportLimits.Section);
            services.AddOptions<AttachmentLimits>().BindConfiguration(AttachmentLimits.Section);
            services.AddOptions<ReminderMailOptions>().BindConfiguration(ReminderMailOptions.Section);
            services.AddOptions<BackupSchedule>().BindConfiguration(BackupSchedule.Section);
            services.AddOptions<Webhooks.WebhookOptions>().BindConfiguration(Webhooks.WebhookOptions.Section);
            // Receivers are the integrators' servers: a redirect is their mistake to fix, not a place to post a signed body to.
            services.AddHttpClient(Webhooks.WebhookRound.Client).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
            // The kernel's bulk change is validated the same way in every work line's bulk endpoint.
            services.AddScoped<FluentValidation.IValidator<BulkChange>, BulkChangeValidator>();
            services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o
                .AddDocumentTransformer<DocumentInfo>()
                .AddDocumentTransformer<BearerSecurityScheme>()
                .AddSchemaTransformer<NumbersAsNumbers>()
                .AddOperationTransformer<ClientErrorAnswers>()
                .AddDocumentTransformer<ProblemAnswers>()
                .AddDocumentTransformer<TagDescriptions>());
        });
        registration.Services(c =>
        {
            c.RegisterType<PlatformStartup>().As<IModuleStartup>().InstancePerLifetimeScope();
            c.RegisterType<FirstRun>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<DemoData>().AsSelf().InstancePerLifetimeScope();

            c.RegisterType<UserAccounts>().AsSelf().SingleInstance();
            c.RegisterType<Roles>().AsSelf().SingleInstance();
            c.RegisterType<CookieSessionValidator>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<PasswordSignIn>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<OrganisationSignIn>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SingleSignOnEvents>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SignInFailures>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SignInLocks>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SignInLogQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SignInLogPrune>().AsSelf().SingleInstance();
            c.RegisterType<SignInLogPruneJob>().As<IHostedService>().SingleInstance();
            c.RegisterType<PasswordChange>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SessionRegistry>().AsSelf().SingleInstance();
            c.RegisterType<UserSessions>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<UserAdministration>().AsSelf().InstancePerLifetimeScope();

            c.RegisterType<OrganisationTree>().AsSelf().SingleInstance();
            c.RegisterType<OrganisationTreeRefresh>().As<IHostedService>().SingleInstance();
            c.RegisterType<OrganisationAdministration>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<PlaceCatalogue>().AsSelf().SingleInstance();
            c.RegisterType<PlaceAdministration>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<DepartmentAdministration>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<TokenAdministration>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<AuditLogQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<AuditVocabularies>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<PersonalDataLogQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SubjectRequests>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<PlatformRedaction>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<DatabaseBackups>().AsSelf().SingleInstance();
            c.RegisterType<DailyBackupJob>().As<IHostedService>().SingleInstance();

            c.RegisterType<ImportProgress>().AsSelf().SingleInstance();
            c.RegisterType<ImportFiles>().AsSelf().SingleInstance();
            c.RegisterType<ImportRunner>().AsSelf().SingleInstance();
            c.RegisterType<ImportQueue>().AsSelf().As<IHostedService>().SingleInstance();
            c.RegisterType<ImportJobs>().AsSelf().InstancePerLifetimeScope();

            c.RegisterType<ReminderSweep>().AsSelf().SingleInstance();
            c.RegisterType<ReminderMail>().AsSelf().SingleInstance();
            c.RegisterType<ReminderJob>().As<IHostedService>().SingleInstance();
            c.RegisterType<UnreadNotifications>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<HomeQuery>().AsSelf().InstancePerLifetimeScope();

            c.RegisterType<SearchIndex>().AsSelf().SingleInstance();
            c.RegisterType<SearchIndexKeeper>().As<IHostedService>().SingleInstance();
            c.RegisterType<SearchQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<SearchRebuild>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<KnownRecords>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<Mentions>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<RecordDiscussions>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<AttachmentFiles>().AsSelf().SingleInstance();

            // Asked for by the shell's list partial in every module's list page, so the host resolves it, not a module.
            c.RegisterType<UserSavedFilters>().AsSelf().As<ISavedFilters>().InstancePerLifetimeScope();
            c.RegisterType<CalendarQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<CalendarFeeds>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<FeedReader>().AsSelf().SingleInstance();

            c.RegisterType<RecycleBinQuery>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<RecycleBinRestore>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<RecycleBinPurge>().AsSelf().SingleInstance();
            c.RegisterType<RecycleBinPurgeJob>().As<IHostedService>().SingleInstance();

            // Built at start-up: a mistyped allowed address stops the host rather than opening /metrics.
            c.Register(ctx => new MetricsAccess(ctx.Resolve<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.Metrics))
                .AsSelf().SingleInstance().AutoActivate();
            c.RegisterType<StoreSize>().AsSelf().SingleInstance();
            c.RegisterType<ReminderRounds>().AsSelf().SingleInstance();
            c.RegisterType<StatusFigures>().AsSelf().SingleInstance();
            c.RegisterType<FederationInstruments>().AsSelf().SingleInstance().AutoActivate();
            c.RegisterType<StatusRefresh>().As<IHostedService>().SingleInstance();

            c.RegisterType<Webhooks.WebhookCatalog>().AsSelf().SingleInstance();
            c.RegisterType<Webhooks.WebhookSignal>().AsSelf().SingleInstance();
            c.RegisterType<Webhooks.WebhookSender>().As<IHostedService>().SingleInstance();
            c.RegisterType<Webhooks.WebhookRound>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<Webhooks.WebhookPause>().AsSelf().InstancePerLifetimeScope();
            c.RegisterType<Webhooks.WebhookAdministration>().AsSelf().InstancePerLifetimeScope();
        });
    }

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        UserAdminEndpoints.Map(api);
        SessionEndpoints.MapAdmin(api);
        OrganisationEndpoints.Map(api);
        PlaceEndpoints.Map(api);
        DepartmentEndpoints.Map(api);
        TokenEndpoints.Map(api);
        AuditEndpoints.Map(api);
        PersonalDataLogEndpoints.Map(api);
        SignInLogEndpoints.Map(api);
        SubjectRequestEndpoints.Map(api);
        BackupEndpoints.Map(api);
        RecycleBinEndpoints.Map(api);
        Webhooks.WebhookEndpoints.Map(api);
    }

    public void MapSharedEndpoints(IEndpointRouteBuilder api)
    {
        SignInEndpoints.Map(api);
        SessionEndpoints.MapOwn(api);
        ImportEndpoints.Map(api);
        NotificationEndpoints.Map(api);
        HomeEndpoints.Map(api);
        DiscussionEndpoints.Map(api);
        CalendarEndpoints.Map(api);
        SavedFilterEndpoints.Map(api);
        PlaceEndpoints.MapPickList(api);
        DepartmentEndpoints.MapPickList(api);
        SearchEndpoints.Map(api);
    }

    public void MapOutsideApi(IEndpointRouteBuilder app) => MetricsEndpoint.Map(app);
}
