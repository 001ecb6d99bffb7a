using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Autofac;
using Federation.Host.Http;
using Federation.Host.Messaging;
using Federation.Host.Modules;
using Federation.Host.Persistence;
using Federation.Host.Scheduling;
using Federation.Kernel.Kpis;
using Federation.Kernel.Messaging;
using Federation.Kernel.Persistence;
using Federation.Kernel.Scheduling;
using FluentValidation;
using Microsoft.AspNetCore.Http.Json;

namespace Federation.Host.Composition;

/// <summary>The host's own runtime: JSON, errors as problem documents, the outbox dispatcher, health, OpenAPI, and the ports the host answers.</summary>
internal static class RuntimeComposition
{
    public static void AddRuntime(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();

        services.Configure<JsonOptions>(o => Configure(o.SerializerOptions));
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ClientErrorHandler.NameTheBodyOfAnUnsupportedMediaType);
        services.AddExceptionHandler<ClientErrorHandler>();
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        Federation.Kernel.Validation.FieldNames.Install();

        services.AddHostedService<OutboxDispatcher>();
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store").AddCheck<OutboxHealthCheck>("outbox");
        services.AddOpenApi();

        builder.Host.ConfigureContainer<ContainerBuilder>(container =>
        {
            container.RegisterType<OutboxSignal>().AsSelf().SingleInstance();
            container.RegisterType<HostIdentity>().As<IHostIdentity>().SingleInstance();
            container.RegisterType<StoreCapabilities>().As<IStoreCapabilities>().SingleInstance();
            container.RegisterType<KpiCatalogue>().As<IKpiCatalogue>().SingleInstance();
            container.RegisterType<OutboxHistory>().As<IEventHistory>().SingleInstance();
            container.RegisterType<OutboxBacklog>().As<IOutboxBacklog>().SingleInstance();
            container.RegisterType<Federation.Kernel.Telemetry.ConsumerLag>().AsSelf().SingleInstance();
            container.RegisterType<SearchableRecords>().As<Federation.Kernel.Search.ISearchableRecords>().SingleInstance();
            container.RegisterType<RecycledRecords>().As<Federation.Kernel.RecycleBin.IRecycledRecords>().InstancePerLifetimeScope();
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
