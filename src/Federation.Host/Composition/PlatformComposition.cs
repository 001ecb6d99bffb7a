using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Autofac;
using Federation.Host.Audit;
using Federation.Host.Bootstrap;
using Federation.Host.Http;
using Federation.Host.Identity;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Organisations;
using Federation.Host.Persistence;
using Federation.Host.Tokens;
using Federation.Kernel.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;

namespace Federation.Host.Composition;

/// <summary>The shared platform: JSON, errors, sign-in, permissions, messaging, health, OpenAPI.</summary>
internal static class PlatformComposition
{
    public const string SmartScheme = "CookieOrToken";

    public static void AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        services.Configure<BootstrapOptions>(builder.Configuration.GetSection(BootstrapOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ClientErrorHandler.NameTheBodyOfAnUnsupportedMediaType);
        services.AddExceptionHandler<ClientErrorHandler>();
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

        // In the store, not in a folder: a cookie one host signs must be read by every host.
        services.AddDataProtection().SetApplicationName("Federation");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            o => o.XmlRepository = new DatabaseKeyRing(provider.GetRequiredService<ILifetimeScope>())));

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, SmartScheme, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "federation.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(10);
                o.SlidingExpiration = true;
                o.LoginPath = "/sign-in";
                o.AccessDeniedPath = "/forbidden";
                o.EventsType = typeof(CookieSessionValidator);
            })
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();

        services.AddHostedService<OutboxDispatcher>();
        services.Configure<Imports.ImportLimits>(builder.Configuration.GetSection(Imports.ImportLimits.Section));
        services.Configure<Notifications.ReminderMailOptions>(builder.Configuration.GetSection(Notifications.ReminderMailOptions.Section));
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityScheme>());

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterType<CookieSessionValidator>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<UserAccounts>().AsSelf().SingleInstance();
            container.RegisterType<OrganisationTree>().AsSelf().SingleInstance();
            container.RegisterType<OrganisationDirectory>().As<Federation.Kernel.Identity.IOrganisationDirectory>().SingleInstance();
            container.RegisterType<Roles>().AsSelf().SingleInstance();
            container.RegisterType<PeopleDirectory>().As<Federation.Kernel.Identity.IPeopleDirectory>().InstancePerLifetimeScope();
            container.RegisterType<KpiCatalogue>().As<Federation.Kernel.Kpis.IKpiCatalogue>().SingleInstance();
            container.RegisterType<NoProgrammes>().As<Federation.Kernel.Kpis.IProgrammeCatalogue>().SingleInstance();
            container.RegisterType<OutboxSignal>().AsSelf().SingleInstance();
            container.RegisterType<Imports.ImportProgress>().AsSelf().SingleInstance();
            container.RegisterType<Imports.ImportFiles>().AsSelf().SingleInstance();
            container.RegisterType<Imports.ImportRunner>().AsSelf().SingleInstance();
            container.RegisterType<Imports.ImportQueue>().AsSelf().As<IHostedService>().SingleInstance();
            container.RegisterType<Imports.ImportJobs>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<Notifications.ReminderSweep>().AsSelf().SingleInstance();
            container.RegisterType<Notifications.ReminderMail>().AsSelf().SingleInstance();
            container.RegisterType<Notifications.UnreadNotifications>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<Notifications.ReminderJob>().As<IHostedService>().SingleInstance();
            container.RegisterType<Scheduling.HostIdentity>().AsSelf().SingleInstance();
            container.RegisterType<Scheduling.ScheduledRounds>().As<Federation.Kernel.Scheduling.IScheduledRounds>().SingleInstance();
            container.RegisterType<OutboxHistory>().As<Federation.Kernel.Messaging.IEventHistory>().SingleInstance();
            container.RegisterType<FirstRun>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<PasswordSignIn>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<DemoData>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<RequestUser>().As<ICurrentUser>().InstancePerLifetimeScope();
            container.RegisterType<UserAdministration>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<OrganisationAdministration>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<TokenAdministration>().AsSelf().InstancePerLifetimeScope();
            container.RegisterType<AuditLogQuery>().AsSelf().InstancePerLifetimeScope();
        });
    }

    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Responses are application/json, never inlined into HTML: Chinese stays readable and half the size.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }
}
